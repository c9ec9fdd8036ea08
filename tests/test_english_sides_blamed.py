"""The side an attack is blamed on carried it out; the side that blames took no part. "A car
bombing blamed on IS killed 26" made IS the side hit ("on" names a target), "a rocket attack
that the regime blamed on rebels" made the army the attacker and the rebels its target. English
gets Arabic's blame cue (en/roles.yaml ``blame_words``, ``blame_links``, ``blame_reach``: what
was blamed may stand between, an article before the side; `role_cues.blamed`), and a side
right before a verb of blaming (``blame_verbs``) is no party (`role_near.blamer`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 22)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, author", [
    ("A truck bombing blamed on IS killed 31 people in the town of Sarmada on Sunday.",
     "Islamic State"),
    ("The interior ministry blamed Sunday's attack on the Nusra Front, saying a car bomb killed "
     "nine people in Tartus.", "Hayat Tahrir al-Sham"),
    ("Mortar fire that the army blamed on rebels killed four people in the town of Mhardeh on "
     "Monday.", "Rebels (unspecified)"),
])
def test_the_side_blamed_is_the_author(text, author):
    sides = _sides(text)
    assert any(s.get(author) == "actor1" for s in sides), sides


def test_the_side_that_blames_takes_no_part():
    sides = _sides("Rockets that the regime has blamed on rebels killed four people in the town "
                   "of Mhardeh on Monday.")
    assert sides and all("Syrian Arab Army" not in s for s in sides), sides


def test_a_strike_on_a_side_still_hits_it():
    """Guard: "on" after a strike word still names the side hit (passes on the base)."""
    sides = _sides("Russian jets carried out strikes on IS near the town of Mayadin on Sunday.")
    assert any(s.get("Islamic State") == "actor2" for s in sides), sides
