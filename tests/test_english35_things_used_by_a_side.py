"""A side that used what was struck or taken was hit. "The strike destroyed a building being used
as a headquarters by IS militants" made IS the striker, "They recaptured the road which was used
by the rebels" made the rebels the taker: the "by" read as an agent's. After the "by" of a word
of use (en/roles.yaml ``used_by``: "used", or "used as" and a few words) a side used the thing
that the event word before it struck or took — the side hit, never its author
(`role_struck.used_by`). Not a use told before the event word or of the event word itself
("barrel bombs used by the regime killed 20": the regime's bombs)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, user", [
    ("The raid on Sunday levelled a school being used as a command centre by Islamic State "
     "fighters in the town of Mayadin, killing 11.", "Islamic State"),
    ("An overnight strike hit a fuel depot which was used by the rebels near the town of Saraqeb, "
     "killing four guards.", "Rebels (unspecified)"),
    ("They recaptured the road that was used by the jihadists as a supply line near "
     "Palmyra on Monday.", "Militants (unspecified)"),
])
def test_the_user_of_what_was_hit_is_hit(text, user):
    sides = _sides(text)
    assert sides and all(s.get(user) != "actor1" for s in sides), sides
    assert any(s.get(user) == "actor2" for s in sides), sides


def test_the_user_of_the_weapon_acts():
    """Guard: "barrel bombs used by the regime killed 20" — the use is of the event word itself,
    before its verb: the regime's bombs (passes on the base)."""
    sides = _sides("Barrel bombs used by the regime killed 20 people in the town of Darayya on Monday.")
    assert any(s.get("Syrian Arab Army") == "actor1" for s in sides), sides


def test_a_named_striker_keeps_its_part():
    """Guard: "Turkish jets destroyed two buildings used by IS" — the jets struck, IS was hit
    (passes on the base)."""
    sides = _sides("Turkish jets destroyed two buildings used by Islamic State militants near "
                   "the town of Dabiq on Monday, killing nine.")
    assert any(s.get("Turkish Armed Forces") == "actor1" and s.get("Islamic State") == "actor2"
               for s in sides), sides
