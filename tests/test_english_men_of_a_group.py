"""Generic fighters tied by "of"/"from" to the group named right after them ("militants of
the so-called Islamic State", "militants of ISIS") are that group's men, no party of their
own: killing villagers they make an attack by the group, not a clash between two sides
(en/actors.yaml ``contextual``: militants, ``unnamed.of``). Named alone they stay a party."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def read(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(e.event_type, [(a.name, a.role) for a in e.actors])
            for e in extract(text, published=DAY, language="en")]


def test_militants_of_a_group_killing_villagers_are_its_attack():
    got = read("Militants of the so-called Islamic State killed six villagers in a village "
               "east of Raqqa on Monday.")
    assert got == [("attack", [("Islamic State", "actor1")])]


def test_militants_of_an_acronym_are_its_men():
    got = read("Militants of ISIS shot dead four farmers near Deir Hafer on Monday.")
    assert got == [("attack", [("Islamic State", "actor1")])]


def test_militants_alone_still_act():  # twin: as before
    got = read("Militants attacked an army checkpoint near Morek on Monday, killing three "
               "soldiers.")
    assert ("Militants (unspecified)", "actor1") in got[0][1]
