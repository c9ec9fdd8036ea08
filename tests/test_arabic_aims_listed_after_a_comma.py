"""Modality (issue 8): the last of a list of aims, after a comma, is still an aim.

"لتحرير المحافظات، وبسط سيطرة الجيش على عدن" (to free the provinces, and extend the army's
control over Aden) tells what is sought, not ground taken: the ل of the first aim governs the
list, and a comma may stand before its last item. A bare past of three letters ("بسط", "قصف")
is spelled as its verbal noun, and is read as one in such a list; a list that regains a
standing ("لاستعادة الدولة") is a list of aims too. Not when a subject follows the word
("لتحرير المدينة، وقصف الطيران مواقع": a clause of its own, a strike that happened).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 7, 31)


def told(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar", article_id="t")]


def test_control_extended_after_a_comma_in_a_call_is_an_aim():
    assert ("territory_change", "actual") not in told(
        "دعا المؤتمر إلى حشد الجهود لتحرير المحافظات، وبسط سيطرة الجيش الوطني على عدن وتعز ولحج")


def test_a_standing_to_regain_heads_a_list_of_aims():
    assert ("territory_change", "actual") not in told(
        "وأقرت القوى المشاركة أن الأولوية القصوى هي لاستعادة الدولة والانتصار لشرعيتها، وبسط "
        "سيطرتها على كامل التراب الوطني بدعم من المقاومة الشعبية في عدن وتعز")


def test_a_strike_with_its_subject_after_the_comma_happened():
    """guard: passes on the base"""
    assert ("airstrike", "actual") in told(
        "أرسل التحالف تعزيزات لتحرير المدينة، وقصف الطيران مواقع الحوثيين في تعز أمس")


def test_control_extended_by_a_side_is_ground_taken():
    """guard: passes on the base"""
    assert ("territory_change", "actual") in told("بسطت المقاومة الشعبية سيطرتها على عدن أمس")


def test_a_bare_past_joined_to_aims_without_a_comma_is_an_aim():
    assert ("territory_change", "actual") not in told(
        "دعا المؤتمر إلى حشد الجهود لتحرير المحافظات وبسط سيطرة الجيش الوطني على عدن وتعز ولحج")
