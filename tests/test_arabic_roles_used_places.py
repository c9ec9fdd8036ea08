"""Roles (issue 8): the side that uses the place hit was where the blow fell.

"استهدفت الغارات أحد طرق الإمداد التي يستخدمها الحوثيون", "جسرين يستخدمهما تنظيم داعش", "مخازن
كان مسلحو داعش يستخدمونها": with no striker named, the one side in the clause — the subject of
the verb of using — was read as the strike's author. A verb of using with the place's pronoun
on it (roles.yaml ``stationed.used``), a place word a few words before it, makes its subject the
side hit, as "مناطق يتمركز فيها X" does. Weapons are no place: "بصواريخ غراد التي يستخدمها
الحزب" keep their user acting.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
IS, HOUTHIS, PKK, HEZBOLLAH = "Islamic State", "Houthis", "Kurdistan Workers' Party", "Hezbollah"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_supply_roads_the_houthis_use():
    events = ev("كما استهدفت الغارات أحد طرق الإمداد التي يستخدمها الحوثيون بين محافظتي صعدة وعمران.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_two_bridges_the_group_uses():
    events = ev("وأصابت غارات جوية جسرين يستخدمهما تنظيم داعش قرب مدينة البوكمال.")
    assert events
    assert roles_of(events, IS) == {"actor2"}


def test_stores_the_militants_used_subject_first():
    events = ev("ودمرت الغارات مخازن كان مسلحو داعش يستخدمونها قرب بيجي.")
    assert events
    assert roles_of(events, IS) == {"actor2"}


def test_a_camp_in_the_accusative():
    events = ev("وقصفت الطائرات معسكرا يستخدمه مقاتلو حزب العمال الكردستاني في جبال قنديل.")
    assert events
    assert roles_of(events, PKK) == {"actor2"}


def test_rockets_the_party_uses_stay_his():
    """A guard (passes on main too): a weapon is no place — its user fired it."""
    events = ev("وقصف حزب الله بلدة الزبداني بصواريخ غراد التي يستخدمها حزب الله منذ سنوات.")
    assert events
    assert roles_of(events, HEZBOLLAH) == {"actor1"}
