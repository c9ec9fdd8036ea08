""""Move" after an article is a step taken, no force moving: "rebels are trying to capture the
city, a move that will end Kurdish hopes" was a planned movement of the side named before it
(en/triggers.yaml ``figurative_objects.decisions``: "move", "moves" after "a", "the", "this",
"such" …). And a capital right after a word of stirring ("a move that angered Damascus",
"angering Moscow"; data/gazetteer/cues.yaml ``actor_before``) is the government that felt
it — the shelling had been placed there too."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import places_on, types_on

DAY = date(2016, 11, 7)


@pytest.mark.parametrize("text", [
    "Washington has decided to arm the Kurdish militia, a move that will end Turkish hopes of a "
    "buffer zone.",
    "Rebels are trying to take the town of Tal Rifaat from the Kurds, a move that would cut "
    "the road to the border.",
])
def test_a_move_decided_moves_nobody(text):
    assert "movement" not in types_on(DAY)(text)


def test_a_capital_stirred_by_a_shelling_is_not_where_it_fell():
    places = places_on(DAY)("Turkish artillery shelled the town of Afrin on Monday, a move that "
                            "angered Damascus.")
    assert places and "Damascus" not in places, places


def test_troops_moving_in_moved():
    """Guard: "troops moved into the town" is a movement (passes on the base)."""
    assert "movement" in types_on(DAY)(
        "Government troops moved into the town of Qusayr on Monday, state media said.")
