"""A state's missiles are its forces' fire, as its rockets are: "US cruise missiles struck an
airbase" made the Syrian army actor1 of the strike on its own base, "a US missile strike hit
the airbase" and "regime missile attacks on Eastern Ghouta" named nobody. missiles and missile
join en/actors.yaml ``force_heads.ground`` beside rockets, and missile, cruise and ballistic
its middle words, so a nationality before them names its forces (the event word, "cruise
missile", "missile strike", stays outside the actor)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _actor1(text: str) -> list[list[str]]:
    return [[a.name for a in e.actors if a.role == "actor1"]
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, actor", [
    ("Dozens of US cruise missiles struck a regime airbase near Palmyra early on Monday.",
     {"US forces", "US-led coalition"}),
    ("A US missile strike destroyed six jets at an airbase near Hama on Sunday.", {"US forces", "US-led coalition"}),
    ("Eight civilians were killed in regime missile attacks on Douma on Monday.", {"Syrian Arab Army", "Syrian Air Force"}),
    ("Iranian ballistic missiles hit IS positions near Deir Ezzor on Sunday.", {"Islamic Revolutionary Guard Corps"}),
])
def test_a_states_missiles_are_its_forces(text, actor):
    events = _actor1(text)
    assert any(actor & set(names) for names in events), events


def test_missiles_of_nobody_name_nobody():
    """Guard: missiles without a nationality name no state (passes on the base)."""
    events = _actor1("Missiles struck an airbase near Palmyra early on Monday.")
    assert not any(names for names in events), events
