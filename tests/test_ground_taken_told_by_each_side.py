"""Ground taken is told once from the side that lost it and once from the side that took it
("بسطت سيطرتها على حي X آخر معقل للحوثيين" … "نجح مقاتلو المقاومة في السيطرة على حي X"):
each mention leaves open the side the other names, so nothing contradicts — one event with
both sides. Two mentions naming two different takers stay two events. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 4, 12)


def taken(text: str) -> list:
    return [e for e in extract(text, published=PUB, article_id="t", language="ar")
            if e.event_type == "territory_change"]


def test_the_loser_in_one_paragraph_and_the_taker_in_the_next_are_one_taking():
    events = taken("تطورات ميدانية في اليمن\nوأعلنت مصادر عسكرية أمس السيطرة على معظم حي المنصورة آخر معاقل الحوثيين في "
                   "عدن.\nوفي صنعاء، شنت طائرات التحالف غارات على معسكر للحرس الجمهوري.\nوقال "
                   "متحدث باسم المقاومة الشعبية إن مقاتلي المقاومة نجحوا أمس في السيطرة على حي "
                   "المنصورة بعد معارك عنيفة.")
    assert len(events) == 1
    sides = {a.name for a in events[0].actors}
    assert {"Houthis", "Yemeni government forces"} <= sides


def test_two_takers_of_one_place_are_two_takings():
    events = taken("تطورات ميدانية في سوريا\nوقال مصدر عسكري إن الجيش السوري سيطر أمس على بلدة مورك في ريف حماة.\nوفي حلب، "
                   "قصفت الطائرات أحياء المدينة الشرقية.\nوقالت فصائل المعارضة إن مقاتليها سيطروا "
                   "أمس على بلدة مورك.")
    assert len(events) == 2
