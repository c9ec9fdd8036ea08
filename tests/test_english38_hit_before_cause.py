"""The side a result verb hit, named before it, is no actor1 of the event word after it that
says how ("85 Syrian troops killed in jihadist advance", "eleven militants were also killed in
clashes that day"): a preposition of roles.yaml ``headline_passives`` between the verb and the
word. Word order had made the troops who died the ones advancing, and the militants killed the
ones fighting first (`role_subjects.hit_before_cause`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract
from tests.extracting import roles

PUB = date(2014, 7, 26)
BODY = "\n\nThe base fell to the attackers late on Friday, a monitoring group said."


def _roles(text: str, kind: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=PUB, language="en") if e.event_type == kind]


def _movers(text: str) -> list[dict[str, str]]:
    doc = annotate(text, published=PUB, language="en", upto="roles")
    return [{m.name: r for m, r in c.actors} for c in doc.candidates if c.event_type == "movement"]


def test_troops_killed_in_an_advance_did_not_advance():
    moves = _movers("Sixty government troops killed in jihadist advance" + BODY)
    assert moves and all(r.get("Government forces") != "actor1" for r in moves), moves


def test_men_killed_in_clashes_were_hit():
    fights = _roles("On Monday the Turkish army said one of its soldiers had been killed by a car "
                    "bomb near al-Bab on Sunday and that eleven militants were also killed in "
                    "clashes that day.", "clash")
    assert fights and all(r.get("Militants (unspecified)") != "actor1" for r in fights), fights


def test_the_side_of_the_advance_still_advances():
    """Guard: "60 government troops killed in IS advance" — IS advanced (passes on the base)."""
    moves = _movers("Sixty government troops killed in IS advance" + BODY)
    assert moves and moves[0].get("Islamic State") == "actor1", moves
