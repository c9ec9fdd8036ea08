"""A verb of advancing with its object is "at the head of" — mourners "يتقدمهم قائد القوة",
troops "تتقدمهم فرقة" at a funeral — and after a relative it is "give" ("الجهود التي تقدمها
قوات التحالف", قدّم): nobody advanced anywhere. The advance of a force, as a noun with its
owner ("واصلت المقاومة تقدمها") or as a verb, stays a movement. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 8, 30)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_mourners_headed_by_their_commander_are_no_movement():
    assert types("وحضر العزاء ضباط وأفراد من منسوبي قوة الطوارئ الخاصة بمنطقة عسير، "
                 "يتقدمهم قائد القوة.") == []


def test_soldiers_at_a_funeral_headed_by_a_unit_are_no_movement():
    assert types("وشارك في التشييع جنود من الجيش اليمني تتقدمهم فرقة من قوات التحالف في "
                 "عدن.") == []


def test_efforts_a_coalition_gives_are_no_movement():
    assert types("وثمن الرئيس الجهود التي تقدمها قوات التحالف للجيش اليمني في عدن.") == []


def test_a_force_that_went_on_with_its_advance_moved():
    # guard: the noun with its owner is the advance itself
    assert types("وواصلت المقاومة تقدمها نحو مدينة عدن.") == ["movement"]


def test_an_army_that_advanced_on_a_city_moved():
    # guard: the verb, with no object
    assert types("وتقدمت قوات الجيش نحو مدينة الرمادي أمس.") == ["movement"]
