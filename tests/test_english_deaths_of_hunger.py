"""Deaths of hunger under a siege are no blow of a day: "three more people died from lack of
food in the camp on Wednesday" was an attack, "dozens of civilians have starved to death since
IS tightened the siege" a clash, and their tolls joined the battles told beside them. The
phrases of dying of starvation, hunger, malnutrition or shortages join en/triggers.yaml
``suppress``: their sentence tells no event (as an accident's does)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 1, 13)  # a Wednesday
OPENING = "Regime jets bombed the town of Douma on Monday, killing six civilians. "


def _events(text: str) -> list[tuple[str, list[int | None]]]:
    return [(e.event_type, [c.best for c in e.claims])
            for e in extract(OPENING + text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Three more people died from lack of food in the Yarmouk camp on Tuesday, the Observatory said.",
    "Dozens of civilians have starved to death in Deir Ezzor since IS tightened its siege.",
    "At least four children have died from malnutrition in the besieged town of Madaya in recent weeks.",
    "Four children died of hunger in Madaya on Tuesday, activists said.",
    "Around 90 people have died because of shortages in the camp, the agency said.",
])
def test_deaths_of_hunger_are_no_event(text):
    assert _events(text) == [("airstrike", [6])]


def test_a_blow_told_beside_a_siege_stays():
    """Guard: shelling that killed people in a besieged town is an event (passes on the base)."""
    assert ("shelling", [2]) in _events("Regime shelling killed two children in besieged Madaya on "
                                        "Tuesday, activists said.")
