"""A side whose men are named with a possessive ("Ahrar al-Sham's leader was killed") was hit.
"An Ahrar al-Sham leader was killed" made the group the side hit, but "Ahrar al-Sham's top
commander was killed in an air strike" made it the striker: between the name and its member
words only more member words were passed over, and the possessive's ending ("'s", a token of
its own after the apostrophe) stopped the walk. en/roles.yaml ``possessive_endings`` may stand
there (`role_cues._past_members`, for full and headline passives alike)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, side", [
    ("The Nusra Front's top commander was killed in an air strike near Saraqeb on Monday.",
     "Hayat Tahrir al-Sham"),
    ("Ahrar al-Sham's senior officials were killed in a bomb attack on their headquarters in "
     "Idlib on Monday.", "Ahrar al-Sham"),
    ("Jaish al-Islam's top commander was killed in a raid on Douma on Monday.",
     "Jaysh al-Islam"),
])
def test_the_side_of_the_dead_was_hit(text, side):
    sides = _sides(text)
    assert sides and all(s.get(side) != "actor1" for s in sides), sides
    assert any(s.get(side) == "actor2" for s in sides), sides


def test_a_sides_men_acting_still_act():
    """Guard: a possessive before men who act leaves them the actor (passes on the base)."""
    sides = _sides("Hezbollah's fighters stormed the town of Madaya on Monday.")
    assert any(s.get("Hezbollah") == "actor1" for s in sides), sides
