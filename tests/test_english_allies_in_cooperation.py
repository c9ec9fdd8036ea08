"""A side named "in cooperation with" the one before it helps it: "Russian warplanes in
cooperation with the Syrian air force carried out sorties" — the Russians struck, the Syrian
air force with them (en/roles.yaml ``ally_cues``, as "in coordination with"). The ally had
been actor1, being the side nearest the verb."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 1)  # a Tuesday


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_warplanes_in_cooperation_with_an_air_force():
    assert _roles("Russian warplanes in cooperation with the Syrian air force carried out 40 "
                  "sorties against Islamic State positions near Palmyra on Monday.") == [
        {"Russian Aerospace Forces": "actor1", "Islamic State": "actor2",
         "Syrian Air Force": "associated"}]


def test_army_units_in_cooperation_with_a_militia():
    assert _roles("Army units in cooperation with Hezbollah fighters captured the town of "
                  "Zabadani on Monday.") == [
        {"Syrian Arab Army": "actor1", "Hezbollah": "associated"}]


def test_in_coordination_with_stays_an_ally():  # guard
    assert _roles("Army units in coordination with Hezbollah fighters captured the town of "
                  "Zabadani on Monday.") == [
        {"Syrian Arab Army": "actor1", "Hezbollah": "associated"}]
