"""Aircraft that killed made an air strike, whoever flew them. "Unidentified warplanes also
killed six civilians in Saraqeb" was an attack, "drones killed three IS commanders" a clash: a
result verb alone takes its type from an air force acting, and planes of no named side are no
actor. An aircraft (triggers.yaml ``air_subjects``) right before the result verb, only its
``bridges`` between, is the verb's subject as it is a strike verb's (`candidates._air_subject`),
and the event is an air strike (`role_types.refine_type`)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import types_on

types = types_on(date(2016, 3, 22))


@pytest.mark.parametrize("text", [
    "Unidentified warplanes also killed six civilians in the town of Kafr Nabl on Sunday.",
    "Helicopters killed eleven people in the town of Daraya on Monday.",
    "Drones killed three IS commanders near the town of Mayadin on Sunday.",
    "Warplanes have killed at least nine people in the village of Hass this week.",
])
def test_aircraft_that_killed_made_an_air_strike(text):
    assert types(text) == ["airstrike"]


def test_a_side_that_killed_with_guns_made_no_air_strike():
    """Guard: gunmen who killed made no air strike (passes on the base)."""
    assert types("Gunmen killed six civilians in the town of Kafr Nabl on Sunday.") == ["attack"]
