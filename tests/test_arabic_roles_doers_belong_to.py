"""Roles: the side the deed's doers belong to did the deed, by ل as by إلى — "قتل 21 شخصا في
هجوم يرجح أن منفذيه ينتمون لجماعة بوكو حرام".

After a word of belonging and its ل, a side owns the noun before it and was hit with it ("مخازن
تابعة للتنظيم"); the doers of the deed ("منفذيه", "منفذي التفجير", "المهاجمين", "انتحاري":
roles.yaml ``belonging.doers``; "يشتبه بانتمائه لـ X" is a word of belonging too) are no thing hit: their side acted (`role_owners.doers_of`), and unnamed
gunmen told beside them are its men. "ينتمون إلى" was read so already.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 26)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_an_attack_whose_doers_are_thought_boko_haram():
    events = ev("قتل 21 شخصا على الأقل في هجوم يرجح أن منفذيه ينتمون لجماعة بوكو حرام في قرية بولاية بورنو.")
    assert events
    assert roles_of(events, "Boko Haram") == {"actor1"}


def test_the_bombers_of_a_market_belong_to_the_islamic_state():
    events = ev("قتل عشرة أشخاص في تفجير سيارة مفخخة في سوق مدينة بعقوبة يرجح أن منفذي التفجير ينتمون لتنظيم داعش.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_gunmen_whose_attackers_belong_to_sinai_province():
    events = ev("هاجم مسلحون نقطة أمنية في مدينة العريش، ويرجح أن المهاجمين ينتمون لولاية سيناء.")
    assert roles_of(events, "Islamic State Sinai Province") == {"actor1"}
    assert roles_of(events, "Unidentified armed group") <= {"actor1"}


def test_a_suicide_bomber_suspected_of_belonging_to_the_group():
    events = ev("وقتل انتحاري يشتبه بانتمائه لتنظيم داعش 32 شخصا على الأقل في بلدة سروج.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_gunmen_of_the_group_killed_are_still_hit():
    """A guard (passes on 236971f too): killed men who belong to a side are that side's loss."""
    events = ev("قتلت قوات الأمن في مدينة الموصل خمسة مسلحين ينتمون لتنظيم داعش.")
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_mosque_of_the_emergency_forces_was_hit():
    """A guard (passes on 236971f too): a place owned by a side, by ل, was hit with it."""
    events = ev("فجر انتحاري نفسه داخل مسجد تابع لقوات الطوارئ في منطقة عسير.")
    assert roles_of(events, "Gulf security services") == {"actor2"}
