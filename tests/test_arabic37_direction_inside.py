"""Places (issue 8): "في جنوب X" is inside X; "جنوب X" after a place says where that place lies.

"قصف جوي في جنوب الشيخ زويد بشمال سيناء": the strike fell in the south of Sheikh Zuweid — the
town holds the event (ACLED: the town, not the governorate). A direction after "في" with no
place right before it tells where inside its place (roles.yaml ``direction_containers``); a
direction after a place ("محافظة إب في جنوب صنعاء", "بلدة مارع شمال حلب") still makes the
place after it a reference point. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

places = places_on(date(2015, 8, 6), "ar")


def test_in_the_south_of_a_town_is_in_the_town():
    assert places("وقتل ثمانية مسلحين في قصف جوي في جنوب الشيخ زويد بشمال سيناء أمس.") \
        == ["Sheikh Zuweid"]


def test_in_the_north_of_a_city_within_its_governorate():
    assert places("وقتل ثلاثة جنود في هجوم لتنظيم داعش في شمال الرمادي بمحافظة الأنبار.") \
        == ["Ramadi"]


def test_a_governorate_south_of_the_capital_stays_the_governorate():
    """guard: passes on the base"""
    assert places("وفي محافظة إب في جنوب صنعاء، اندلعت اشتباكات بين الحوثيين والمقاومة الشعبية.") \
        == ["Ibb Governorate"]


def test_a_village_north_of_a_city_stays_the_village():
    """guard: passes on the base"""
    assert places("وقتل خمسة جنود في هجوم لتنظيم داعش على قرية مارع شمال حلب.") == ["Marea"]
