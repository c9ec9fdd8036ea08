"""A country's name written where its adjective goes — "Syria army shelled", "Syria air strikes
kill 12", "Russia strikes kill 30", a headline habit of the wires — names that country's forces,
as "Syrian army" does (en/actors.yaml ``country_nouns``). The same name after a preposition of
place ("killed in Syria air strikes") or after another country's name (a list whose commas were
lost) stays a place, and "Free Syria Army" is the rebel army, not the state's."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

DAY = date(2016, 3, 10)


def events(text: str):
    return extract(text, published=DAY, language="en")


def test_a_country_before_army_is_its_army():
    got = events("Syria army shelled the town of Talbiseh on Tuesday, killing six people.")
    assert roles_of(got, "Syrian Arab Army") == {"actor1"}


def test_a_country_before_air_strikes_is_its_air_force():
    got = events("Syria air strikes kill 14 in the town of Saraqib")
    assert roles_of(got, "Syrian Air Force") == {"actor1"}


def test_two_countries_joined_before_warplanes_are_both_forces():
    got = events("Russia and Syria warplanes bombed the town of Kafr Nabl on Tuesday.")
    assert [a.name for e in got for a in e.actors] == ["Russian/Syrian forces"]


def test_a_country_after_in_is_where_the_strikes_fell():
    got = events("Four people were killed in Syria air strikes on the town of Saraqib on Tuesday.")
    assert not roles_of(got, "Syrian Air Force")


def test_a_country_after_another_is_a_list_not_an_adjective():
    got = events("The minister spoke of ties with Syria Iraq Air strikes killed nine people in the "
                 "town of Saraqib on Tuesday.")
    assert not [a.name for e in got for a in e.actors if a.name.startswith("Iraqi")]


def test_the_free_syria_army_is_the_rebel_army():
    got = events("Free Syria Army fighters seized the village of Dabiq from Islamic State on "
                 "Tuesday.")
    assert roles_of(got, "Free Syrian Army") == {"actor1"}
    assert not roles_of(got, "Syrian Arab Army")
