"""Actors (issue 8): "جبل الأكراد" is a place of Latakia's countryside, not the Kurdish forces.

"قصفت قوات النظام أماكن في منطقة جبل الأكراد": in Syria's news "الأكراد" are the Kurdish forces
("اتفقت داعش مع الأكراد"), and the mountain's name made them the regime's target in a region
where they do not fight. After "جبل" the word names no party (actors.yaml contextual,
``unnamed.describes``); counted ("مقتل 5 أكراد") they stay the Kurds.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
KURDS = "Kurdish forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_regime_shells_the_kurds_mountain():
    events = ev("وقصفت قوات النظام أماكن في منطقة جبل الأكراد بريف اللاذقية الشمالي.")
    assert events
    assert not roles_of(events, KURDS)


def test_villages_of_the_mountain():
    events = ev("وقصفت قوات النظام قرى جبل الأكراد في ريف اللاذقية.")
    assert events
    assert not roles_of(events, KURDS)


def test_kurds_counted_stay_the_kurds():
    """A guard (passes on main too)."""
    events = ev("وقتل 5 أكراد في اشتباكات مع داعش قرب الحسكة السورية.")
    assert roles_of(events, KURDS) == {"actor2"}


def test_the_kurds_in_a_truce():
    """A guard (passes on main too)."""
    events = ev("واتفقت داعش مع الأكراد على هدنة في ريف الحسكة السورية.")
    assert roles_of(events, KURDS)
