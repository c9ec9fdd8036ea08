"""A deed named as a goal held is no deed told: "the regime has made it a key aim of recapturing
the city" was ground taken, and "the SDF has the goal of capturing Raqqa" too. "aim of", "goal
of", "objective of", "intention of" right before the event word join en/triggers.yaml
``aims.openers`` (beside "with the aim of"); not "target of": a town that was the target of
shelling was shelled."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 10, 11)  # a Tuesday


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Ankara made it an objective of seizing the town of Manbij from the Kurdish fighters.",
    "The SDF has the goal of capturing the city of Tabqa before winter.",
    "Iraqi commanders have the stated aim of retaking the town of Hit from Islamic State.",
])
def test_a_deed_held_as_a_goal_is_no_deed(text):
    assert "territory_change" not in _types(text), _types(text)


def test_the_target_of_shelling_was_shelled():
    """Guard: "the target of" names a place hit, no goal."""
    assert "shelling" in _types("The town of Kafr Nabl was the target of heavy shelling by "
                                "regime forces on Monday.")
