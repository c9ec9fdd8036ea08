"""The fire a side is named by is that side acting: "regime shelling", "government barrel
bombs", "Turkish artillery fire", "Russian bombing" (en/actors.yaml ``force_heads``: the words
of fire are force nouns, as "air strikes" were, and "barrel", "heavy" may stand between).
Fire named with no side ("heavy shelling killed five") still has no actor."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def strikers(text: str) -> list[str | None]:
    return [next((a.name for a in e.actors if a.role == "actor1"), None)
            for e in extract(text, published=DAY, language="en")]


def test_regime_shelling_is_the_army_shelling():
    assert strikers("Regime shelling on Douma killed seven people on Monday.") == [
        "Syrian Arab Army"]


def test_government_barrel_bombs_are_the_air_force():
    assert strikers("Government barrel bombs killed eleven people in Daraya on Monday.") == [
        "Syrian Air Force"]


def test_a_nations_bombing_is_its_air_force():
    assert strikers("Russian bombing killed eleven people in Maarat al-Numan on Monday.") == [
        "Russian Aerospace Forces"]


def test_a_nations_heavy_bombardment_is_its_forces():
    assert strikers("Turkish heavy bombardment hit Afrin on Monday, killing six people.") == [
        "Turkish Armed Forces"]


def test_fire_with_no_side_has_no_striker():  # twin
    assert strikers("Heavy shelling killed five people in Douma on Monday.") == [None]
