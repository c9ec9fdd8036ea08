"""A bombing done with ground weapons is shelling: "regime forces bombed a crowded market in
Douma with heavy artillery" was an air strike (and a shelling beside it), since the English bomb
words are air words. They are en/triggers.yaml ``air_words_yielding`` too: when no other air
word stands in the clause and no air force acts, a ground weapon of ``ground_words`` named in
it says how the strike was made (`role_types.refine_type`; ``TriggerLexicon.air_yielding``,
a field at the end, empty in Arabic)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import types_on

DAY = date(2016, 4, 26)  # a Tuesday


_types = types_on(DAY, "en")


@pytest.mark.parametrize("text", [
    "Government troops bombed a crowded market in Douma with heavy artillery on Saturday, killing nine civilians.",
    "Regime forces bombed the village of Kafr Nabl with mortars on Monday.",
    "Turkish troops bombed YPG positions near Afrin with tanks and rocket launchers on Monday.",
])
def test_a_bombing_with_ground_weapons_is_shelling(text):
    assert _types(text) == ["shelling"]


@pytest.mark.parametrize("text", [
    "Regime forces bombed the village of Kafr Nabl on Monday.",
    "Regime jets bombed the village of Kafr Nabl with barrel bombs and rockets on Monday.",
    "Russian warplanes bombed rebel positions near Saraqib with rockets on Monday.",
])
def test_a_bombing_from_the_air_stays_an_air_strike(text):
    """Guard: a bombing with no ground weapon, or with an aircraft or an air force in its
    clause, is still an air strike (passes on the base)."""
    assert _types(text) == ["airstrike"]
