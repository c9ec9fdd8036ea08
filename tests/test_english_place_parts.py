"""A word for a part of a place, or for who holds it, between a preposition and the place's
name ("in northern Syria", "in rebel-held Idlib", "in north-western Syria") leaves the name
after the preposition: it is where something happened, never the subject of the verb that
follows ("Air strikes in northern Syria killed 12": Syria did not kill). Without a preposition
the country before a verb still acts (cues.yaml ``english.parts``,
`geo.mentions.after_preposition`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import places_on

DAY = date(2016, 10, 25)  # a Tuesday
places = places_on(DAY)


@pytest.mark.parametrize("part", ["northern", "north-western", "central", "rebel-held",
                                  "government-controlled"])
def test_a_part_word_leaves_the_country_a_place(part: str):
    assert places(f"Air strikes on a market in {part} Syria killed 12 people on "
                  "Monday.") == ["Syria"]


def test_a_part_word_before_a_town_leaves_it_a_place():
    assert places("Shells fired at a school in rebel-held Idlib killed three children on "
                  "Monday.") == ["Idlib"]


def test_no_state_acts_where_a_place_is_meant():
    events = extract("Air strikes on a market in northern Syria killed 12 people on Monday.",
                     published=DAY, language="en")
    assert events and all("Syria" not in (a.name or "") for e in events for a in e.actors)


def test_without_a_preposition_the_country_still_acts():
    assert "Syria" not in places("Syria killed 12 militants in air strikes on Monday, its army "
                                 "said.")
