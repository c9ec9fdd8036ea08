"""Roles: two sides joined by و before a verb that carries the event noun ("نفذت عملية", "شنوا
هجوما") are its subject — the first acts, the second with it.

The joint subject was read only before the event's own verb; before a verb of carrying out, the
side named last stood right before the event word and took actor1, the first became its ally
or even its target ("الميليشيات الحوثية وقوات صالح نفذت عملية": Saleh's forces acted, the
Houthis associated; "مقاتلي داعش والنصرة شنوا هجوما": the Front attacked the State)
(`role_sides.joint_subject`). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_militias_and_their_allies_launch_an_attack():
    events = ev("وأكد مصدر في المقاومة أن ميليشيات الحوثي وقوات صالح شنت هجوما على مواقع المقاومة "
                "في مديرية الوازعية بتعز.")
    assert roles_of(events, "Houthis") == {"actor1"}
    assert roles_of(events, "Saleh loyalist forces") == {"associated"}


def test_two_groups_carry_out_a_joint_operation():
    events = ev("وقالت مصادر محلية إن تنظيم داعش وجبهة النصرة نفذا عملية مشتركة ضد وحدات الحماية "
                "الكردية في ريف حلب الشمالي.")
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"associated"}


def test_the_sides_attacked_after_the_carried_noun_stay_hit():
    """A guard (passes on 3dede7f too): sides named after "على" were the attack's targets."""
    events = ev("وقال المرصد إن الجيش السوري شن هجوما على مواقع داعش وجبهة النصرة في ريف حلب.")
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}
