"""The side that held ground taken or moved on lost it or met the move; it did not take it.
"The offensive captured the IS-held town of Jarablus" and "captured the Daesh stronghold of
Jarablus" made IS the taker, "forces are advancing on the IS-held town of Al-Bab" made IS the
mover: a holder (en/roles.yaml ``holding``: "IS-held", "held by", "the X stronghold of") was
read as the side hit of strikes only. In a territory change it lost the ground, in a movement
it met the move (`roles`, beside `role_ground.held_from`) — unless it is the subject of the
event verb right after it ("an area controlled by IS which seized the base")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, holder", [
    ("The operation captured the Daesh stronghold of Manbij on Monday.", "Islamic State"),
    ("The offensive seized the rebel-held town of Kafr Nabouda on Monday.", "Rebels (unspecified)"),
    ("The offensive is now pushing towards the IS-held town of Maskanah.", "Islamic State"),
    ("The campaign has pushed into the Daesh stronghold of Manbij.", "Islamic State"),
])
def test_the_holder_lost_the_ground(text, holder):
    sides = _sides(text)
    assert sides and all(s.get(holder) != "actor1" for s in sides), sides
    assert any(s.get(holder) == "actor2" for s in sides), sides


def test_a_holder_that_seized_took_it():
    """Guard: "an area controlled by IS which seized the base" — the holder is the subject of
    the taking verb right after it (passes on the base)."""
    sides = _sides("It was the army's last foothold in an area controlled by Islamic State which "
                   "seized the base on Monday.")
    assert any(s.get("Islamic State") == "actor1" for s in sides), sides
