""""The US" and "The U.S." acting are US forces, as "Russia pounded" is Russian forces. "US" is
no place in the gazetteer (it is mostly an adjective: "US allies", "US soil", "US-trained
rebels", and as a place it put events in America), so "the US bombed two bridges" had no actor;
"The U.S." is one, but the stop of the abbreviation ended the phrase before its verb. Now a
state in capital letters of en/actors.yaml ``state_letters`` is its forces right before a
violent verb told in the past, an auxiliary of one or a verb of doing
(`actors_implied.states_acting`), never a place; and the stop after "U.S." is its own when the
same holds. "A US attack", "US-trained", "in the US" name no actor."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _events(text: str) -> list[tuple[str, list[tuple[str, str]], str | None]]:
    return [(e.event_type, [(a.name, a.role) for a in e.actors], e.location.country if e.location else None)
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Officials said the US pounded three bridges over the river near Mayadeen on Sunday.",
    "The US bombed a power station outside Tabqa on Monday.",
    "The US has bombed two oil wells near Shaddadi since Friday.",
    "The U.S. launched a wave of air strikes on Raqqa on Monday.",
    "Witnesses said the U.S. bombarded a weapons depot near Abu Kamal on Sunday.",
])
def test_the_us_acting_is_us_forces(text):
    events = _events(text)
    assert any(("US forces", "actor1") in acts for _, acts, _ in events), events


@pytest.mark.parametrize("text", [
    "Rebels said a US attack on their base near Atmeh killed four fighters on Monday.",
    "Jihadists stormed the headquarters of US-trained rebels near Azaz on Sunday.",
    "Kurdish fighters, key US allies, clashed with jihadists near Hasakah on Monday.",
])
def test_the_us_qualifying_a_noun_is_no_actor(text):
    """Guard: "US" before a noun, glued to one or in a list names no actor (passes on the base)."""
    events = _events(text)
    assert not any(("US forces", "actor1") in acts for _, acts, _ in events), events


def test_the_us_is_never_a_place():
    """Guard: "US" alone places nothing in America (passes on the base)."""
    events = _events("Militants who plotted attacks on US soil were killed in an air strike near Idlib on Monday.")
    assert events and all(country != "US" for _, _, country in events), events
