"""Roles: an armed speaker that tells of another side's deed is not its author — "وأعلنت
المقاومة الشعبية أن الحوثيين سيطروا على مديرية الوازعية".

An armed speaker announcing a launch, a deployment or a taking (roles.yaml ``announced_types``)
is that event's actor1 ("أعلنت قسد إطلاق معركة"); it stayed so when its words named another
side as the deed's subject, before the event word or right after its verb: the resistance
took the district from the Houthis who took it. Such a subject now acts
(`role_speakers.told_subject`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_resistance_says_the_houthis_took_a_district():
    events = ev("وأعلنت المقاومة الشعبية أن الحوثيين سيطروا على مديرية الوازعية في تعز.")
    assert roles_of(events, "Houthis") == {"actor1"}
    assert "actor1" not in roles_of(events, "Yemeni government forces")


def test_the_resistance_says_the_houthis_sent_reinforcements():
    events = ev("وذكرت المقاومة أن الحوثيين دفعوا بتعزيزات كبيرة إلى مدينة تعز.")
    assert roles_of(events, "Houthis") == {"actor1"}
    assert "actor1" not in roles_of(events, "Yemeni government forces")


def test_a_spokesman_says_the_militias_carried_out_an_operation():
    events = ev("وقال المتحدث باسم المقاومة الجنوبية إن الميليشيات الحوثية وقوات صالح نفذت عملية إرهابية في مدينة الضالع.")
    assert events
    assert "actor1" not in roles_of(events, "Yemeni government forces")
    assert roles_of(events, "Houthis") | roles_of(events, "Saleh loyalist forces") <= {"actor1", "associated"}


def test_a_spokesman_speaking_to_an_outlet_says_the_houthis_launched_it():
    events = ev("وقال المتحدث باسم المقاومة الشعبية لـ«وكالة الأنباء» إن الحوثيين نفذوا عملية عسكرية واسعة في مديرية حيس.")
    assert roles_of(events, "Houthis") == {"actor1"}
    assert "actor1" not in roles_of(events, "Yemeni government forces")


def test_a_force_announcing_its_own_battle_still_launches_it():
    """A guard (passes on 236971f too): no other side is the subject — the speaker launches."""
    events = ev("وأعلنت قوات سوريا الديمقراطية إطلاق معركة لتحرير مدينة منبج من تنظيم داعش.")
    assert roles_of(events, "Syrian Democratic Forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_an_army_announcing_its_forces_took_a_district():
    """A guard (passes on 236971f too): its own forces named as the subject are its own."""
    events = ev("وأعلن الجيش العراقي أن قواته سيطرت على حي الضباط في الرمادي بعد طرد مسلحي داعش.")
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}
