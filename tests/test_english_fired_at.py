"""The side fired at is hit: "Israel fired two missiles at a Syrian army post" made the Syrian
army the striker, because "at" was no target cue — a side after it was taken for the one that
acted. After the event word, "at" now marks the target (en/roles.yaml ``after_target_cues``:
"fired missiles at an army post", "launched cruise missiles at the military airfield");
before it, "at" hangs on another word ("a source at the Free Syrian Army said the attack…",
"pointed the finger at the regime for chlorine attacks") and marks no one."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _roles(text: str) -> list[list[tuple[str, str]]]:
    return [sorted((a.name, a.role) for a in e.actors)
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Israel fired two missiles at a Syrian army post near Quneitra on Friday.",
    "Warships launched 30 cruise missiles at the Syrian military airfield near Homs on Thursday.",
    "The jets dropped bombs at a Syrian army depot near Hama on Sunday.",
])
def test_the_side_fired_at_is_hit(text):
    roles = _roles(text)
    assert len(roles) == 1
    assert ("Syrian Arab Army", "actor2") in roles[0]
    assert ("Syrian Arab Army", "actor1") not in roles[0]


def test_a_striker_named_stays_the_striker():
    """Guard: with the striker named, the side fired at was already hit."""
    assert _roles("Rebels fired a guided missile at a Syrian army tank near Deraa on "
                  "Sunday.") == [[("Rebels (unspecified)", "actor1"), ("Syrian Arab Army", "actor2")]]


def test_a_source_at_a_side_is_no_target():
    """Guard: "at" before the event word hangs on another word (a source at the FSA)."""
    roles = _roles("A commander at the Free Syrian Army said the attack killed 20 people in "
                   "Idlib on Tuesday.")
    assert all(("Free Syrian Army", "actor2") not in r for r in roles)


def test_a_finger_pointed_at_is_no_target():
    """Guard: "pointed the finger at the regime for chlorine attacks" blames, the regime did
    not suffer the attacks."""
    roles = _roles("Inspectors pointed the finger at the regime for three chlorine attacks in "
                   "Idlib.")
    assert all(("Syrian Arab Army", "actor2") not in r for r in roles)
