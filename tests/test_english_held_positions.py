"""What a side holds is that side when it is hit: "rebels stormed government positions", "IS
attacked Kurdish checkpoints", "army posts" name the army, the Kurds (en/actors.yaml
``force_heads.ground``, ``contextual``); and in English the side right after an active verb
is its object, even when no subject is named ("Regime jets pound Kurdish positions")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 10, 11)


def roles(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in e.actors] for e in extract(text, published=DAY, language="en")]


def test_government_positions_are_the_army_hit():
    assert roles("Rebels stormed government positions near Morek on Monday.") == [
        [("Rebels (unspecified)", "actor1"), ("Syrian Arab Army", "actor2")]]


def test_army_checkpoints_are_the_army_hit():
    assert roles("Jihadists attacked two army checkpoints near Palmyra on Monday.") == [
        [("Militants (unspecified)", "actor1"), ("Syrian Arab Army", "actor2")]]


def test_kurdish_positions_are_the_kurds_hit():
    assert roles("Islamic State fighters shelled Kurdish positions near Hasakeh on Monday.") == [
        [("Islamic State", "actor1"), ("Kurdish forces", "actor2")]]


def test_the_side_after_an_active_verb_is_hit_when_none_strikes():
    assert roles("Unknown jets pounded Kurdish fighters in Hasakeh on Monday.") == [
        [("Kurdish forces", "actor2")]]


def test_the_side_before_the_verb_still_strikes():  # twin: as before
    assert roles("Kurdish fighters shelled Islamic State positions near Hasakeh on Monday.") == [
        [("Kurdish forces", "actor1"), ("Islamic State", "actor2")]]
