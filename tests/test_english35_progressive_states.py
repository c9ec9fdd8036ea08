"""A state before "has been" and a verb in -ing acts: "Moscow has been waging an air campaign",
"Turkey has been bombing Kurdish positions". The state was read as a side only before an
auxiliary whose verb is active, and "been" stopped the walk (meant for passives: "Damascus has
been shelled", where the place was hit), so the campaign had no Russian side and "in support of
government forces" made the army its actor1. cues.yaml context ``progressive`` ("been") and a
verb in one of ``progressive_endings`` that is none of ``undergoing`` keep the walk going, and an
event word in -ing right after "been" is the verb (`actors_implied._before_auxiliary`, as
`place_actors._active` reads the place)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, state", [
    ("Moscow has been waging a bombing campaign in support of the Syrian army since last autumn.",
     "Russian forces"),
    ("Ankara has been shelling Kurdish positions near the town of Tal Rifaat, killing nine fighters.",
     "Turkish Armed Forces"),
    ("Russia has been staging air strikes against rebel positions in Idlib province, killing 14.",
     "Russian forces"),
])
def test_a_state_in_the_progressive_acts(text, state):
    sides = _sides(text)
    assert any(s.get(state) == "actor1" for s in sides), sides


def test_a_capital_that_has_been_hit_is_the_place():
    """Guard: "Damascus has been shelled" — a passive after "been": the capital was hit, no
    Syrian side acts (passes on the base)."""
    sides = _sides("Damascus has been shelled by rebels for three days, killing 11 civilians.")
    assert sides and not any(s.get("Syrian Arab Army") == "actor1" for s in sides), sides
