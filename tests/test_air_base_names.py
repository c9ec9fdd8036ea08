""""الجوية" in the name of an air base is no aircraft: a ground assault on the base, or near
it, is a battle, not an air strike. Every sentence is written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_a_ground_assault_on_an_air_base_is_a_battle():
    [assault] = ev("وشنت قوات الجيش والمقاومة هجوما واسعا على مواقع الحوثيين داخل قاعدة العند "
                   "الجوية أمس.")
    assert assault.event_type == "clash"


def test_fighters_attacking_villages_around_an_air_base_fight_a_battle():
    [assault] = ev("وهاجم مسلحو تنظيم داعش مواقع للجيش العراقي في قرى بمحيط قاعدة الحبانية "
                   "الجوية.")
    assert assault.event_type == "clash"


def test_aircraft_striking_near_the_base_still_strike_from_the_air():
    [strike] = ev("وقصفت طائرات التحالف مواقع الحوثيين قرب قاعدة العند الجوية أمس.")
    assert strike.event_type == "airstrike"


def test_an_offensive_to_retake_the_air_base_unnamed_is_a_battle():
    [offensive] = ev("وشنت القوات الموالية للحكومة أمس هجوما واسعا لاستعادة القاعدة الجوية من "
                     "ميليشيات الحوثي.")
    assert offensive.event_type == "clash"
