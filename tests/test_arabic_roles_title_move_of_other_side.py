"""Roles (issue 8): a title telling one side's move is not the lead's move of another side.

"مليشيا الحوثي تهرب من تعز" over a lead "أحرزت المقاومة الشعبية في تعز تقدما كبيرا": the
title joined the first body event of its kind and place, whatever its actors ("actors may be
named otherwise": "the regime" for "the army"); the Houthis' flight was merged into the
resistance's advance, the Houthis its side hit. Between two moves (movement, ground taken)
that each name who moved, and not the same side, the title names another event
(`mentions_agree.other_mover`) — which, like any title that fits no body event, adds none: the
body tells its events. A title naming the same side, or no mover, still joins.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def moved(events: list[Event]) -> list[dict[str, str]]:
    return [{a.name: a.role for a in e.actors} for e in events
            if e.event_type in ("movement", "territory_change")]


def test_the_houthis_flight_in_the_title_is_not_the_resistances_advance():
    events = ev("الحوثيون يفرون من مدينة التربة\n"
                "أحرزت المقاومة الشعبية في مدينة التربة تقدما كبيرا على كل الجبهات خلال اليومين الماضيين.")
    assert moved(events) == [{"Yemeni government forces": "actor1"}]


def test_the_groups_withdrawal_in_the_title_is_not_the_armys_advance():
    events = ev("انسحاب داعش من بلدة الكرمة\n"
                "وتقدمت القوات العراقية في بلدة الكرمة شرق الفلوجة أمس بعد معارك استمرت ساعات.")
    assert moved(events) == [{"Iraqi security forces": "actor1"}]


def test_the_same_sides_move_in_the_title_is_the_leads():
    """A guard (passes on a6c6de3 too): one side's advance told twice is one event."""
    events = ev("المقاومة تتقدم في التربة\n"
                "أحرزت المقاومة الشعبية في مدينة التربة تقدما كبيرا على كل الجبهات خلال اليومين الماضيين.")
    assert len([e for e in events if e.event_type == "movement"]) == 1
