"""A movement's -ing form right after an armed side, no comma between ("an IS attack on regime
forces advancing towards the town"), is that side's move: it is who moved, and the sides
named before it belong to the deed told first. Word order had made the attacker of that deed
the mover (`role_subjects._mover_before`, read by `participle_subject`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 6, 14)


def _moves(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")
            if e.event_type == "movement"]


def test_the_side_attacked_while_advancing_is_who_advanced():
    moves = _moves("A Nusra Front assault on Kurdish fighters advancing towards the rebel-held "
                   "town on Sunday left 14 dead.")
    assert moves and moves[0].get("Kurdish forces") == "actor1", moves
    assert "Hayat Tahrir al-Sham" not in moves[0], moves


def test_strikes_on_men_pushing_north_leave_the_striker_out_of_the_move():
    moves = _moves("An Islamic State ambush on regime troops pushing north towards the dam on "
                   "Sunday killed nine soldiers.")
    assert moves and moves[0].get("Syrian Arab Army") == "actor1", moves
    assert "Islamic State" not in moves[0], moves


def test_men_fleeing_after_a_strike_flee():
    """Guard: "jets struck IS militants fleeing the city": IS moved (passes on the base)."""
    moves = _moves("Russian jets struck Islamic State militants fleeing Raqqa towards Palmyra "
                   "on Sunday.")
    assert moves and moves[0].get("Islamic State") == "actor1", moves
