"""Event identity (issue 8) and roles: ground moved or taken by one side is no mention of a move
by the side it was taken from. A mention whose actor1 is the other's actor2, with no actor1 in
common, tells another event — the resistance advancing and the militia fleeing are two moves,
each with its own actor1. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def moves(events: list[Event]) -> list[dict[str, str]]:
    return [roles(e) for e in events if e.event_type in ("movement", "territory_change")]


def test_a_retreat_is_not_the_advance_of_the_side_it_fled():
    events = ev("وتقدمت قوات الجيش والمقاومة الشعبية أمس نحو مدينة لودر بعد معارك مع ميليشيات "
                "الحوثي. وفرت ميليشيات الحوثي أمس من لودر.")
    found = moves(events)
    assert {"Yemeni government forces": "actor1", "Houthis": "actor2"} in found
    assert {"Houthis": "actor1"} in found


def test_ground_taken_back_is_not_the_capture_it_undid():
    events = ev("وأعلنت المقاومة أمس سيطرتها على مدينة زنجبار بعد طرد الحوثيين منها. وكان "
                "الحوثيون قد سيطروا أمس على مدينة زنجبار.")
    found = moves(events)
    assert len(found) == 2
    assert {"Houthis": "actor1"} in found


def test_two_sides_of_one_fight_still_make_one_clash():
    # (a guard, right on main too): in a clash either side may be named first
    events = ev("ودارت أمس اشتباكات عنيفة بين المقاومة والحوثيين في مدينة لودر. وقالت مصادر إن "
                "الاشتباكات بين الحوثيين والمقاومة في لودر استمرت ساعات.")
    assert len([e for e in events if e.event_type == "clash"]) == 1
