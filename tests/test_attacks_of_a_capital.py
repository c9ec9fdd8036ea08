"""A capital named right after an attack's noun is where it struck: "تفجيرات بغداد", "هجمات
كابل", "تفجيرات أنقرة" are attacks in those cities, not by their governments (as "قصفت موسكو"
is Moscow acting). A country after a strike's noun is still read as before. Sentences written
for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 7, 11)


def places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=PUB, language="ar")]


def test_the_bombings_of_a_capital_happened_there():
    assert places("وأدان الوزير تفجيرات أنقرة التي أودت بحياة العشرات.") == ["Ankara"]


def test_a_capital_after_attacks_is_their_place_not_the_country_named_later():
    assert places("وقال الرئيس الأفغاني إن هجمات كابل تثبت أن باكستان لا تزال تؤوي معسكرات "
                  "لتدريب الانتحاريين.") == ["Kabul"]


def test_the_bombings_of_baghdad_are_in_baghdad():
    assert places("وأسفرت تفجيرات بغداد الأربعة عن مقتل 60 شخصا.") == ["Baghdad"]


def test_raids_of_a_country_keep_their_place():
    # guard: a country after a strike's noun
    assert places("واستمرت غارات روسيا على ريف إدلب.") == ["Idlib countryside"]
