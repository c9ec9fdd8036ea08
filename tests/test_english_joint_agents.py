"""Sides joined after "by" all did the deed. "An assault by Iraqi forces and Kurdish forces on
the city" made the Kurds the side hit, "the town was bombed by coalition jets and Russian
warplanes" the Russian air force: only the side right after the agent cue acted, and a second side of
another camp was its target. A side joined by en/roles.yaml ``agent_joiners`` (and) right
after a side an agent cue names acts with it (`role_sides.joint_agents`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 22)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, second", [
    ("The coalition backs an offensive by Iraqi forces and Kurdish forces on the town of Bashiqa.",
     "Kurdish forces"),
    ("The town of Tabqa was bombed by coalition jets and Russian warplanes on Sunday.",
     "Russian Aerospace Forces"),
    ("The town of Tabqa was attacked by Kurdish fighters and Syrian troops on Sunday.",
     "Syrian Arab Army"),
    ("Dozens were killed in an attack by IS fighters and Nusra Front militants near Yarmouk on "
     "Monday.", "Hayat Tahrir al-Sham"),
])
def test_a_side_joined_after_by_acts_too(text, second):
    sides = _sides(text)
    assert any(second in s for s in sides), sides
    assert all(s.get(second) != "actor2" for s in sides), sides


def test_the_side_after_the_object_is_still_hit():
    """Guard: a side named after the deed's object is no agent (passes on the base)."""
    sides = _sides("Turkish troops shelled the village of Tal Rifaat and Kurdish fighters on Sunday.")
    assert any(s.get("Turkish Armed Forces") == "actor1" for s in sides), sides
