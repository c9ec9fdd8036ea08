"""Gunmen named right after a group's name are that group's men: "IS gunmen raided a
checkpoint" made an unidentified armed group actor1 and IS the side hit, "air strikes kill 7
Nusra gunmen" named an unidentified group hit beside the Nusra Front. "gunmen" leaves the
registry's unidentified aliases for a contextual rule of en/actors.yaml, as "militants" has
(``unnamed.after_name``: no party of their own right after a group's name; alone, still the
unidentified armed group)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2015, 7, 14)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [{a.name: a.role for a in e.actors} for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, group, role", [
    ("IS gunmen attacked a checkpoint near Palmyra on Monday, killing four soldiers.", "Islamic State", "actor1"),
    ("Earlier ISIL gunmen seized the town of Tal Abyad on Sunday.", "Islamic State", "actor1"),
    ("Coalition air strikes killed seven Nusra Front gunmen near Idlib on Monday.",
     "Hayat Tahrir al-Sham", "actor2"),
])
def test_gunmen_of_a_named_group_are_its_men(text, group, role):
    sides = _sides(text)
    assert sides and all("Unidentified armed group" not in s for s in sides), sides
    assert any(s.get(group) == role for s in sides), sides


def test_gunmen_alone_are_still_unidentified():
    """Guard: bare gunmen stay the unidentified armed group (passes on the base)."""
    assert _sides("Gunmen attacked a checkpoint near Palmyra on Monday, killing four soldiers.") == [
        {"Unidentified armed group": "actor1"}]
