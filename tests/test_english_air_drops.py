"""Things dropped from the air: "a helicopter dropped two barrels on the town" is an air strike
that no strike word names. A verb of dropping strikes with an aircraft for its subject or a
weapon for its object (en/triggers.yaml ``air_drops``); leaflets, aid and dropped demands are
no strike, and the bomb a drone drops is the strike's weapon, not a second blast."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2018, 2, 6)


def events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(text, published=DAY, language="en")]


def test_an_aircraft_that_drops_something_on_a_town_strikes_it():
    assert events("An army helicopter dropped four barrels on the town of Kafr Zita in Hama "
                  "province on Monday.") == [("airstrike", "Kafr Zita")]


def test_a_weapon_dropped_is_a_strike_whoever_drops_it():
    assert events("Government forces dropped cylinders of chlorine on Douma overnight, "
                  "wounding eleven people.") == [("airstrike", "Douma")]


def test_the_bomb_a_drone_drops_is_the_strikes_weapon():
    assert [t for t, _ in events("A drone dropped a bomb on an army post near Mosul on Sunday, "
                                 "wounding three soldiers.")] == ["airstrike"]


def test_leaflets_and_aid_dropped_from_the_air_are_no_strike():
    assert events("Army planes dropped leaflets over Saraqib in Idlib on Monday urging "
                  "fighters to surrender.") == []
    assert events("Cargo aircraft dropped food and medical supplies to Deir ez-Zor on Friday.") == []


def test_dropping_without_an_aircraft_or_a_weapon_is_no_strike():
    assert events("Rebels in Aleppo dropped their demand for a ceasefire on Monday.") == []
    assert events("Bread prices dropped in Homs on Monday as the road reopened.") == []
