"""Roles: two sides hit, each named with its own place — "قصف مدفعي ضد تنظيم داعش في سوريا
وحزب العمال الكردستاني في العراق" — are both hit; the second is never the blow's author.

The rule of sides hit together (`role_victims.hit_with`: "ضد داعش وجبهة النصرة") joined them
only with adjectives between; the first side's place ("في سوريا", "بسوريا") broke the join, and
with the gunners unnamed the party became the shelling's actor1. The first side's own place,
ending where the next side begins, now joins them too (`role_victims._joined_past_place`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
PKK = "Kurdistan Workers' Party"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_shelling_against_two_groups_each_in_its_country():
    events = ev("وقال البيان إن القوات البرية نفذت قصفا مدفعيا ضد تنظيم داعش في سوريا وحزب العمال "
                "الكردستاني في العراق.")
    assert events
    assert roles_of(events, PKK) == {"actor2"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_positions_of_two_groups_with_a_place_glued_to_the_first():
    events = ev("وقصفت المدفعية مواقع تنظيم داعش بسوريا وحزب العمال الكردستاني في شمال العراق.")
    assert events
    assert roles_of(events, PKK) == {"actor2"}


def test_two_sides_of_a_fight_with_a_place_between_keep_fighting():
    """A guard (passes on b6a8ae5 too): "بين X في Y وZ" names the two sides of a fight."""
    events = ev("واندلعت اشتباكات بين تنظيم داعش في الحسكة ووحدات حماية الشعب الكردية.")
    assert roles_of(events, "Islamic State") == {"actor1"}
