"""A raid told by its verb is an event: "over 12 civilians were killed when Russian jets raided
the village" was an attack with no actor (the noun "raid" was a trigger, the verb was none),
"Turkish jets raided villages in northern Syria" nothing. "raided" joins en/triggers.yaml's
attacks (strength 0.8, typed by its clause: an air strike with aircraft, a clash with two sides)
as a phrase — the present forms "raid", "raids" are the nouns of the air."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 8, 2)  # a Tuesday


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.event_type, [a.name for a in e.actors if a.role == "actor1"])
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, kind, actor", [
    ("Over 12 civilians were killed when Russian jets raided the village of Kafr Nabl on Monday.",
     "airstrike", "Russian Aerospace Forces"),
    ("Turkish jets raided villages near Afrin in northern Syria on Sunday.", "airstrike",
     "Turkish Armed Forces"),
    ("Nine people died on Monday when regime helicopters raided the town of Saraqib.", "airstrike",
     "Syrian Air Force"),
])
def test_a_raid_told_by_its_verb(text, kind, actor):
    assert (kind, [actor]) in _events(text)


@pytest.mark.parametrize("text", [
    "Police raided a house in Homs on Monday and seized drugs.",
    "Israeli raids killed five people near Quneitra on Monday.",
])
def test_no_new_raid_from_the_police_nor_from_the_noun(text):
    """Guard: a police raid is no event, and the plural noun stays the air's (passes on the base)."""
    assert [k for k, _ in _events(text)] in ([], ["airstrike"])
