"""The side a reduced relative describes ("government forces battling rebels", "Kurdish
fighters battling the Islamic State") may be the subject of a passive verb told after the
description: "… were hit by a car bomb" — that side was hit, and the side it fights is only
its description, no party of the blow. `role_subjects.reduced_relative_subject` had made the
described side actor1 whatever the voice (right for "rebels fighting the regime seized the
village"); `described_passive_subject` reads the passive auxiliary before the verb."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2015, 8, 5)


def _first(text: str) -> dict[str, str]:
    events = extract(text, published=DAY, language="en")
    assert events, text
    return roles(events[0])


def test_troops_battling_rebels_hit_by_a_car_bomb_were_hit():
    r = _first("Government troops battling insurgents east of the city were hit by a car bomb "
               "on Sunday, killing seven of them.")
    assert r.get("Government forces") == "actor2" and "Rebels (unspecified)" not in r, r


def test_fighters_battling_a_group_ambushed_were_ambushed_and_their_foe_is_no_party():
    r = _first("Kurdish fighters battling the Islamic State have been ambushed near Kobani.")
    assert r.get("Kurdish forces") == "actor2" and "Islamic State" not in r, r


def test_the_agent_after_by_still_struck():
    r = _first("Kurdish fighters battling the Islamic State were attacked by Nusra Front "
               "fighters on Sunday.")
    assert r.get("Hayat Tahrir al-Sham") == "actor1" and r.get("Kurdish forces") == "actor2", r
    assert "Islamic State" not in r, r


def test_an_active_verb_after_the_description_is_done_by_the_side():
    """Guard: "rebels fighting the regime seized the village" — the rebels took it from the
    regime (passes on the base)."""
    r = _first("Insurgents fighting the regime seized the hilltop village on Sunday.")
    assert r.get("Rebels (unspecified)") == "actor1", r
