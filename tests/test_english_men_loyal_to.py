"""Men "loyal to" a side are its forces. "Soldiers loyal to President Bashar al-Assad shelled the
town" named no side (the president is a person, no party), and "forces loyal to Syrian President
Bashar al-Assad" missed the alias written without "Syrian": a force noun (en/actors.yaml
``force_heads.ground``) or one of ``loyal.bodies``, "loyal to" and a side's name right after
(an article between) are that side's men — a leader by his possessive's nationality, as "Assads
troops" is (`actors._loyal_to`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Soldiers loyal to President Bashar al-Assad shelled the town of Talbiseh on Monday, killing "
    "three children.",
    "Forces loyal to Syrian President Bashar al-Assad pounded the district of Jobar on Monday, "
    "killing five people.",
    "Militiamen loyal to Assad fired rockets at the village of Kafr Nabl on Monday, wounding six.",
])
def test_men_loyal_to_the_president_are_the_army(text):
    sides = _sides(text)
    assert any(s.get("Syrian Arab Army") == "actor1" for s in sides), sides


def test_men_loyal_to_the_president_are_hit_when_killed():
    sides = _sides("Rebels detonated a tunnel bomb under the old city of Aleppo on Monday, "
                   "killing 13 fighters loyal to President Bashar al-Assad.")
    assert any(s.get("Syrian Arab Army") == "actor2" for s in sides), sides


def test_loyal_to_a_group_names_the_group():
    """Guard: "fighters loyal to" an armed group are the group's (passes on the base)."""
    sides = _sides("Fighters loyal to the Nusra Front shelled the village of Fuaa on Monday, "
                   "wounding four people.")
    assert any(s.get("Hayat Tahrir al-Sham") == "actor1" for s in sides), sides
