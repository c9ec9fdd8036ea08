"""The side that holds the place hit ("a rebel-held town", "IS-controlled Raqqa", "districts
held by the opposition") is the side hit, never the striker: actor2, whoever the striker is,
and no side of a battle — a market shelled in a rebel-held town is an attack, not a clash
(en/roles.yaml ``holding``); so is the one named right before a place noun ("rebel areas of
Aleppo", "the IS stronghold of Raqqa"). The same group named as the subject of the strike
still acts."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def parties(text: str) -> list[tuple[str, dict[str, str]]]:
    """(type, {role: first actor of that role}) of each event read from ``text``."""
    out = []
    for e in extract(text, published=DAY, language="en"):
        roles: dict[str, str] = {}
        for a in e.actors:
            roles.setdefault(a.role, a.name)
        out.append((e.event_type, roles))
    return out


def test_the_holder_of_a_town_struck_by_an_unnamed_side_is_hit():  # twin: as before
    got = parties("Barrel bombs fell on the rebel-held town of Kafranbel on Monday, killing "
                  "nine people.")
    assert got == [("airstrike", {"actor2": "Rebels (unspecified)"})]


def test_the_holder_before_the_strike_word_is_hit():
    got = parties("In the IS-controlled city of Raqqa, an air strike killed 12 people on Monday.")
    assert got[0][1].get("actor2") == "Islamic State"
    assert got[0][1].get("actor1") != "Islamic State"


def test_held_by_is_no_agent():
    got = parties("Shells struck districts held by rebels in Aleppo on Monday, killing five "
                  "civilians.")
    assert got == [("shelling", {"actor2": "Rebels (unspecified)"})]


def test_a_market_in_a_held_town_is_attacked_not_fought_over():
    got = parties("An attack on a market in rebel-held Saraqib killed 14 people on Monday.")
    assert got == [("attack", {"actor2": "Rebels (unspecified)"})]


def test_fighting_in_a_held_town_has_no_attacker_from_the_holder():
    got = parties("Fighting in rebel-held Saraqib killed 14 people on Monday.")
    assert got[0][1].get("actor1") != "Rebels (unspecified)"


def test_the_striker_named_keeps_acting():  # twin: as before
    got = parties("Syrian warplanes bombed the rebel-held town of Kafranbel on Monday, killing "
                  "nine people.")
    assert got[0][1] == {"actor1": "Syrian Air Force", "actor2": "Rebels (unspecified)"}


def test_the_same_group_as_a_subject_still_acts():  # twin
    got = parties("Rebels shelled the government-held district of Hamdaniyeh in Aleppo on Monday, "
                  "killing five people.")
    assert got[0][1].get("actor1") == "Rebels (unspecified)"


def test_a_place_noun_right_after_a_name_is_held_by_it():
    got = parties("Air strikes pounded rebel areas of Aleppo on Monday, killing 12 civilians.")
    assert got == [("airstrike", {"actor2": "Rebels (unspecified)"})]


def test_a_stronghold_of_a_group_is_held_by_it():
    got = parties("Barrel bombs hit the IS stronghold of Raqqa on Monday, killing 12 civilians.")
    assert got[0][1].get("actor2") == "Islamic State"
    assert got[0][1].get("actor1") != "Islamic State"


def test_a_name_before_a_noun_of_people_is_no_holder():  # twin
    got = parties("Rebel fighters shelled the town of Nubl on Monday, killing four people.")
    assert got[0][1].get("actor1") == "Rebels (unspecified)"


def test_a_held_place_fire_came_from_is_the_firers():
    got = parties("Rockets fired from rebel areas hit the Hamdaniyeh district of Aleppo on "
                  "Monday, killing three people.")
    assert got[0][1].get("actor1") == "Rebels (unspecified)"


def test_people_from_a_held_place_are_no_fire():  # twin
    got = parties("A car bomb hit buses of evacuees from the regime-held town of Foua on "
                  "Monday, killing 30 people.")
    assert got[0][1].get("actor1") != "Syrian Arab Army"
