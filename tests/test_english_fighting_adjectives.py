""""fighting" before a noun it describes tells no battle: "the YPG is regarded as the most
effective fighting force against IS" was a clash of the YPG with IS, and "men of fighting age
were detained" a clash in the town. A noun of en/triggers.yaml ``figurative_objects.next``
right after the event word makes it a figure of speech: force, age, season, spirit, capability,
strength, chance — not "forces": "rebels fighting forces loyal to the regime" fight them."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 7, 5)  # a Tuesday


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Washington sees the SDF as the best fighting force against Islamic State in Raqqa.",
    "Hundreds of men of fighting age were detained by the army in Tal Kalakh.",
    "The Islamic Front is the strongest fighting force against the regime in Idlib.",
    "Jaish al-Fatah became the main fighting force of the rebels in Idlib.",
])
def test_fighting_as_an_adjective_is_no_battle(text):
    assert "clash" not in _types(text), _types(text)


def test_fighting_forces_of_a_side_is_a_battle():
    """Guard: "fighting forces loyal to the regime": the forces are fought."""
    assert "clash" in _types("Rebels are fighting forces loyal to the regime near the town of "
                             "Harbnafsah on Monday.")
