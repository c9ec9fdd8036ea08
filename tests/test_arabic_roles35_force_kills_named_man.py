"""Roles: a side right before a result verb whose object follows it — a man named in the
indefinite accusative ("قوات الأمن قتلت مسلحا"), or the oblique plural of the same word with
its count ("قتلت مسلحين اثنين"), a date perhaps between ("قتلت اليوم الجمعة مسلحا") — killed;
it did not die.

A side right before a weak verb of result was read as its passive subject ("جنود قتلوا في
هجوم": who died) unless a count followed the verb; the accusative says the verb is active
(`role_agents.accusative_follows`, roles.yaml ``object_accusatives``). Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 10)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_forces_killed_a_gunman_in_an_ambush():
    events = ev("وقالت الوزارة إن قوات الأمن قتلت مسلحا في كمين قرب جبل الشعانبي.")
    assert events
    assert roles_of(events, "Government forces") == {"actor1"}
    assert roles_of(events, "Unidentified armed group") == {"actor2"}


def test_the_forces_killed_two_gunmen_counted_after_them():
    events = ev("وقالت الوزارة إن قوات الأمن قتلت مسلحين اثنين في اشتباك قرب جبل الشعانبي.")
    assert events
    assert roles_of(events, "Government forces") == {"actor1"}


def test_a_day_told_between_the_verb_and_the_gunman():
    events = ev("قالت وزارة الداخلية التونسية إن قوات الأمن قتلت اليوم الأحد مسلحا واعتقلت ثمانية "
                "آخرين في محافظة القصرين بعد هجوم على دورية الأسبوع الماضي.")
    assert events
    assert roles_of(events, "Tunisian armed forces") == {"actor1"}
    assert "actor1" not in roles_of(events, "Unidentified armed group")


def test_gunmen_who_killed_a_soldier():
    """The accusative soldier after the verb is the one hit; the gunmen before it killed him."""
    events = ev("وقال الجيش إن مسلحين قتلوا جنديا في هجوم على حاجز قرب المدينة.")
    assert roles_of(events, "Unidentified armed group") == {"actor1"}


def test_soldiers_killed_in_an_attack_stay_hit():
    """A guard (passes on 5cd9374 too): "قتل جنديان" is a passive, its nominative subject died."""
    events = ev("وقتل جنديان تركيان في هجوم على مركز للدرك قرب الحدود.")
    assert roles_of(events, "Turkish Armed Forces") == {"actor2"}


def test_the_man_named_with_his_adjective_after_the_verb():
    """"قتلت إرهابيا مسلحا": the side is named by the adjective after the man's accusative noun —
    both the verb's object."""
    events = ev("وقالت الوزارة إن قوات الأمن قتلت متشددا مسلحا في كمين قرب جبل سمامة.")
    assert events
    assert roles_of(events, "Unidentified armed group") == {"actor2"}
    assert roles_of(events, "Government forces") == {"actor1"}
