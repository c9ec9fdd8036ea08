"""Ground taken with a plain verb of taking is a territory change. "After a two-week siege the
rebels took Kafr Hamra on Saturday" and "IS fighters took the village of Tal Shair" told no
taking: only "take control", "take over" and the like were words of capture. A form of "take"
is one when a word of ground (en/triggers.yaml ``takings.places``) follows within ``window``
words, or a capitalised word no side's name right after it — but not "took place", "took
refuge in the town", "were taken to hospitals in the city" (``not_objects``;
`trigger_compounds.find_air_drops`, as dispatches)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _events(text: str):
    return extract(text, published=DAY, language="en")


@pytest.mark.parametrize("text, taker", [
    ("After a two-week siege the rebels took Kafr Hamra on Saturday, the monitor said.",
     "Rebels (unspecified)"),
    ("IS fighters took the village of Tal Shair north of Aleppo on Sunday after heavy clashes "
     "with Kurdish forces.", "Islamic State"),
    ("Syrian troops took two hills near Rastan on Monday, killing 12 rebels.",
     "Syrian Arab Army"),
])
def test_a_plain_taking_is_a_territory_change(text, taker):
    evs = _events(text)
    assert any(e.event_type == "territory_change" and roles(e).get(taker) == "actor1"
               for e in evs), [(e.event_type, roles(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "The attack took place in the village of Tal Shair on Sunday, killing five people.",
    "Families took refuge in the town of Azaz after air strikes killed six people on Sunday.",
    "The wounded were taken to hospitals in the town of Azaz after an air strike on Sunday.",
    "Fighters backed by US special forces take a position inside a building in Tabqa after "
    "clashes on Sunday.",
])
def test_other_takings_take_no_ground(text):
    """Guard: these take no ground (passes on the base)."""
    assert all(e.event_type != "territory_change" for e in _events(text))


def test_an_offensive_to_take_a_town_took_none_yet():
    """Guard: "to take" names the offensive's aim (passes on the base)."""
    evs = _events("The SDF launched an offensive to take the town of Manbij on Sunday, killing "
                  "12 IS fighters.")
    assert all(not (e.event_type == "territory_change" and e.modality == "actual") for e in evs), \
        [(e.event_type, e.modality) for e in evs]
