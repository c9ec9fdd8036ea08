""""القرية" (the village) refers back to the last village the text names — even one we cannot
place. After "قرية العوالم", a village the gazetteer does not know, "أبناء القرية" are that
village's people: the anaphor must not reach over it to a town named earlier (and carry the
fight there). With no such village between, it still refers back to the place named before.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def ev(text: str) -> list:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_the_village_after_an_unplaced_one_is_not_the_town_before():
    es = ev("وفي مدينة تعز قصف الحوثيون أحياء سكنية أمس. وفي محافظة صنعاء، اندلعت أمس مواجهات "
            "بين مسلحي القبائل وميليشيات الحوثي. وقال مصدر محلي إن مسلحين حوثيين داهموا قرية "
            "العوالم واختطفوا خمسة من أبناء القرية.")
    assert not any(e.location is not None and e.location.name == "Taiz"
                   and e.event_type != "shelling" for e in es)


def test_the_village_still_refers_back_to_a_placed_village():
    # guard: the village named between is the one placed, the anaphor keeps it
    es = ev("وقصف الطيران أمس مدينة الحويجة. وداهم مسلحون من تنظيم داعش أمس قرية التبني في ريف "
            "دير الزور، وقال مصدر محلي إن المسلحين أعدموا خمسة من أبناء القرية.")
    assert [e.location.name for e in es if e.event_type != "airstrike"] == ["At Tibnī"]
