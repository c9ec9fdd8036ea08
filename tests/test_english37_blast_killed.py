"""The side named right after the result verb of an event noun was hit: "an explosion killed
three IS fighters" and "a blast killed a senior Nusra Front commander" made the group the
bomber. A blast, an explosion or an attack is no strong strike, so "killed" stays a word of its
own that the noun's event did not read; in an SVO language the result verb right after the
event noun now counts as the event's own result word (`roles._told_results`) for the counted,
the named and the verb's object."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, side", [
    ("An explosion killed a senior Ahrar al-Sham commander in the town of Sarmada on Monday.",
     "Ahrar al-Sham"),
    ("A blast killed four Islamic State fighters at a checkpoint near the town of Tabqa on "
     "Monday.", "Islamic State"),
    ("A huge explosion killed Hezbollah fighters near the town of Qusayr on Monday.",
     "Hezbollah"),
])
def test_the_side_killed_by_the_blast_was_hit(text, side):
    found = _roles(text)
    assert found and all(r.get(side) == "actor2" for r in found), found


def test_the_bombers_named_before_the_blast_stay_the_bombers():
    """Guard: "an IS bombing killed five Kurdish fighters" — IS bombed, the Kurds were hit
    (passes on the base)."""
    found = _roles("An Islamic State bombing killed five Kurdish fighters near the town of "
                   "Tal Abyad on Monday.")
    assert found and found[0].get("Islamic State") == "actor1", found
