"""A side that killed "at least" so many killed them. "Kurdish forces killed at least 16 IS
militants in an attack" made the Kurdish forces a victim of their own attack: a result verb
beside a strike word names its dead before it unless its count follows it, and only a bare
count ("killed 16") was read as following. Words of a qualified count (en/roles.yaml
``count_qualifiers``: at least, more than, nearly, as many as, an estimated …) may now stand
between the verb and its figure (`role_agents.count_follows`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 22)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, killer", [
    ("Kurdish forces killed at least 14 IS militants in an attack near Qamishli on Sunday.",
     "Kurdish forces"),
    ("Rebels killed more than 25 soldiers in an ambush outside Morek on Monday.",
     "Rebels (unspecified)"),
    ("Syrian troops killed nearly 40 Nusra Front fighters in an assault on the village of Zara "
     "on Sunday.", "Syrian Arab Army"),
    ("Islamic State fighters killed as many as 30 Kurdish fighters in an assault near Kobani on "
     "Monday.", "Islamic State"),
])
def test_the_side_before_a_qualified_toll_killed(text, killer):
    sides = _sides(text)
    assert any(s.get(killer) == "actor1" for s in sides), sides
    assert all(s.get(killer) != "actor2" for s in sides), sides


@pytest.mark.parametrize("text, dead", [
    ("At least 14 IS militants were killed in an attack by Kurdish forces near Qamishli on Sunday.",
     "Islamic State"),
    ("Kurdish forces killed 14 IS militants in an attack near Qamishli on Sunday.",
     "Islamic State"),
])
def test_the_dead_stay_the_side_hit(text, dead):
    """Guard: the dead counted after the verb, or before a passive, stay the side hit (passes on
    the base)."""
    sides = _sides(text)
    assert any(s.get(dead) == "actor2" for s in sides), sides
