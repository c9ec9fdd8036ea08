"""An attack told first with no place and then again as "the attack", now with a place
("قتل جنديان في هجوم خلال الليل. وذكر الجيش أن الهجوم وقع في منطقة X"), is one attack,
placed at X. A country named later is no placing: it could be anywhere in it. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 14)


def ev(text: str) -> list:
    return [e for e in extract(text, published=PUB, article_id="t", language="ar")
            if e.event_type in ("attack", "clash")]


def test_the_attack_told_again_with_its_place_is_placed():
    [e] = ev("مقتل ثلاثة جنود\nقال الجيش إن ثلاثة جنود قتلوا وأصيب سبعة في هجوم نفذه مسلحون "
             "فجر أمس.\nوذكر مكتب المحافظ أن الهجوم استهدف نقطة تفتيش عند مدخل مدينة العريش.")
    assert e.location and e.location.name == "Arish"
    assert sorted(c.low for c in e.claims if c.category in ("killed", "injured")) == [3, 7]


def test_a_country_named_with_the_attack_places_nothing():
    [e] = ev("مقتل ثلاثة جنود\nقال الجيش إن ثلاثة جنود قتلوا وأصيب سبعة في هجوم نفذه مسلحون "
             "فجر أمس.\nوقال المتحدث إن الهجوم هو الأول من نوعه في مصر.")
    assert e.location is None or e.location.kind == "country"
