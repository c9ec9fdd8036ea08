"""The regime's "fighters" are its forces. The wires count the regime's dead as "regime fighters"
or "government fighters" and send "pro-regime fighters" to retake hills: none of these named
anybody, so a toll of the army's men had no side hit and an advance no actor. They join the
Syrian army's aliases (and the war's own army's, for "government fighters") in
en/actors.yaml; bare "fighters", and other states' fighters, stay nobody's."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 22)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, role", [
    ("Twelve regime fighters were killed when a tunnel bomb went off near Jisr al-Shughur in Syria "
     "on Monday.", "actor2"),
    ("Pro-regime fighters backed by heavy shelling retook the hill of Tal Hamra near Tadmur in "
     "Syria on Sunday.", "actor1"),
    ("A car bomb killed nine Syrian government fighters at a checkpoint in Hama on Monday.", "actor2"),
    ("Government fighters shelled the village of Kafr Nabl in Syria on Sunday.", "actor1"),
])
def test_the_regimes_fighters_are_its_army(text, role):
    sides = _sides(text)
    assert any(s.get("Syrian Arab Army") == role for s in sides), sides


def test_government_fighters_in_a_syrian_article_are_the_syrian_army():
    sides = _sides("Rebels stormed the village of Zara near Hama in Syria on Monday, killing "
                   "eight government fighters.")
    assert any(s.get("Syrian Arab Army") == "actor2" for s in sides), sides


def test_bare_fighters_stay_nobodys():
    """Guard: fighters named by nobody's adjective name no side (passes on the base)."""
    sides = _sides("Fighters shelled the village of Kafr Nabl in Syria on Sunday.")
    assert all("Syrian Arab Army" not in s for s in sides), sides
