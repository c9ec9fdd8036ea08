"""Actor roles (issue 8) read from case endings. A singular in its indefinite accusative right
after an event verb ("قوات الأمن قتلت مسلحا", "تقتل جنديا أمريكيا") is the verb's object — the
side hit — whatever the verb's ending: the subject of a passive would be nominative ("قتل
مسلح"). An event word read as a verb right after a verb of result or of going on ("أسفر قصف
عشوائي للحوثيين عن …", "تواصل قصف عنيف للميليشيات") is that verb's subject, a noun, and the side
tied to it by ل after its adjective dealt the blow. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_gunman_in_the_accusative_after_the_verb_was_killed():
    events = ev("وقالت وزارة الداخلية إن قوات الأمن قتلت مسلحا في مدينة القصرين مساء الخميس.")
    assert events
    assert roles_of(events, "Unidentified armed group") == {"actor2"}
    assert "actor1" in roles_of(events, "Tunisian armed forces")


def test_a_headline_with_a_present_verb_and_an_accusative_soldier():
    events = ev("القوات الأفغانية تقتل جنديا أمريكيا بالخطأ في ولاية هلمند")
    assert events
    assert roles_of(events, "US forces") == {"actor2"}
    assert roles_of(events, "Afghan security forces") == {"actor1"}


def test_a_masculine_verb_with_an_accusative_gunman_after_it():
    events = ev("وكان الجيش قد قتل مسلحا أمس في اشتباك قرب مدينة العريش.")
    assert events
    assert "actor1" not in roles_of(events, "Unidentified armed group")


def test_a_nominative_gunman_before_his_counted_victims_killed_them():
    """A guard (passes on main too): "قتل مسلح 20 شخصا" — the gunman is the subject."""
    events = ev("وقتل مسلح 20 سائحا أمس في هجوم على فندق في مدينة المنستير.")
    assert events
    assert roles_of(events, "Unidentified armed group") == {"actor1"}


def test_shelling_after_a_verb_of_result_was_dealt_by_its_lam_side():
    events = ev("وأسفر قصف عشوائي للحوثيين على حي سكني في مدينة تعز عن مقتل ستة مدنيين.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_shelling_that_goes_on_was_dealt_by_its_lam_side():
    events = ev("وتواصل قصف عنيف للميليشيات على أحياء مدينة تعز الشرقية طوال الليل.")
    assert events
    assert "actor2" not in roles_of(events, "Houthis")


def test_a_strike_on_the_houthis_stores_after_a_verb_of_result():
    """ل after the object of a result noun ("عن تدمير مخازن للحوثيين") owns what was hit."""
    events = ev("وأسفرت الغارات عن تدمير مخازن للحوثيين في صعدة.")
    assert events
    assert "actor1" not in roles_of(events, "Houthis")
