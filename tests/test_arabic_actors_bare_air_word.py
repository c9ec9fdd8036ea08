"""Actors (issue 8): the bare "الطيران" acting is the air force of the article's war.

"واستهدف الطيران مواقع للحوثيين", "وشن الطيران الحربي غارات", "كما قصف الطيران مواقعهم": the Gulf
press tells the coalition's raids over Yemen with the bare word for the air force. The word is
an airstrike event word too ("قصف الطيران", "الطيران الحربي"), so no alias may name it (the actor
step runs first and a name hides an event word from the trigger step): such strikes had the side
hit as their only actor, or were typed a clash. Read after the triggers, the word in a strike's
subject slot is the air force of the war, as the bare warplanes are: the Arab coalition in
Yemen's news, Egypt's forces over Sinai; in Syria's war several air forces strike the same towns
and it stays unnamed there; a nationality after it names that country's, drones are no jets.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)
ARAB, HOUTHIS = "Saudi-led coalition", "Houthis"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.actors}


def test_the_air_force_targets_houthi_positions_after_the_verb():
    events = ev("وفي محافظة مأرب استهدف الطيران أمس مواقع وتجمعات للحوثيين قرب مدينة صرواح اليمنية.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}
    assert {e.event_type for e in events} == {"airstrike"}


def test_the_war_air_force_carries_out_raids_in_shabwa():
    events = ev("وشن الطيران الحربي مساء الأحد ست غارات على معسكر تسيطر عليه ميليشيات الحوثي في محافظة شبوة اليمنية.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}


def test_the_air_force_launches_raids_counted_after_it():
    events = ev("ونفذ الطيران فجر اليوم أربع غارات على مخازن أسلحة للحوثيين في مديرية حرف سفيان بمحافظة عمران اليمنية.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}


def test_the_air_force_shelled_as_the_strike_noun_s_genitive():
    events = ev("وتواصل قصف الطيران لمواقع الحوثيين وقوات صالح في مديرية صرواح غرب محافظة مأرب اليمنية.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}


def test_raids_the_air_force_carried_out():
    events = ev("وقتل عشرات الحوثيين في غارات شنها الطيران الحربي على معسكر الخشعة في محافظة حضرموت اليمنية.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_egypt_s_air_force_over_sinai():
    events = ev("وفي شمال سيناء شن الطيران الحربي غارات على بؤر المسلحين جنوب مدينة الشيخ زويد المصرية.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor1"}


def test_in_syria_the_bare_air_force_stays_unnamed():
    """A guard (passes on main too): in Syria's war the regime, Russia and the US-led coalition
    strike the same provinces; the bare word names none of them."""
    events = ev("وشن الطيران الحربي أمس غارات على بلدات في ريف إدلب الجنوبي شمال سوريا.")
    assert events
    assert not any(r == "actor1" for e in events for a in e.actors for r in [a.role])


def test_a_nationality_after_the_air_force_names_its_country():
    """A guard (passes on main too): "الطيران الحربي السوري" is the Syrian air force, even in a
    story from Yemen's neighbourhood."""
    events = ev("واستهدف الطيران الحربي السوري أمس أحياء في مدينة درعا جنوب سوريا.")
    assert events
    assert ARAB not in names(events)


def test_drones_are_no_coalition_air_force():
    """A guard (passes on main too): "الطيران بدون طيار" (drones, the US's over Yemen) is no
    coalition aircraft."""
    events = ev("وقتل أربعة من عناصر تنظيم القاعدة في غارة شنها الطيران بدون طيار على سيارتهم في محافظة شبوة اليمنية.")
    assert events
    assert ARAB not in names(events)


def test_anti_aircraft_guns_are_no_air_force():
    """A guard (passes on main too): "مضادات الطيران" are the Houthis' guns, no coalition jets."""
    events = ev("وقصفت ميليشيات الحوثي بمضادات الطيران أحياء سكنية في مدينة تعز اليمنية أمس.")
    assert events
    assert ARAB not in names(events)
