"""One cue governs a list of deeds' nouns joined by و: "طالب المحتجون قوات التحالف بدخول مدينة
الحديدة وطرد الحوثيين منها" demands both the entry and the expulsion; "دعت الحكومة الجيش إلى
اقتحام المكلا وطرد مسلحي القاعدة منها" calls for both — neither happened. Verbs joined by و
("دخلت القوات المدينة وطردت الحوثيين") tell deeds done. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 12, 5)


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar")]


def test_an_entry_and_an_expulsion_demanded_together_are_both_demanded():
    assert events("وطالب المحتجون قوات التحالف بدخول مدينة الحديدة وطرد الحوثيين منها.") == []


def test_a_storming_and_an_expulsion_called_for_are_both_called_for():
    assert events("ودعت الحكومة قوات الجيش إلى اقتحام مدينة المكلا وطرد مسلحي القاعدة "
                  "منها.") == []


def test_an_entry_and_an_expulsion_told_as_done_happened():
    # guard: verbs joined by و, each a deed
    assert events("ودخلت قوات الجيش مدينة زنجبار وطردت الحوثيين منها.") == [
        ("territory_change", "actual")]


def test_a_storming_prepared_with_a_liberation_is_planned():
    # guard: the plan governs both, as before
    assert events("وتستعد المقاومة لاقتحام مدينة زنجبار وتحرير محافظة أبين.") == [
        ("territory_change", "planned")]
