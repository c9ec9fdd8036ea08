"""A fight word's participle right after a side's name says who the side is, the relative
pronoun left out ("the US-led coalition fighting IS in Iraq and Syria", "soldiers fighting the
Islamic State group"): the participle was already no event (`trigger_filters._relative_state`),
but the side it names and the lands it names were taken by the clause's other deed — a raid
that killed soldiers fighting IS hit IS, a car bomb told beside the coalition was placed in
Iraq. `reduced_relatives` marks the description (up to punctuation, another event word, a verb
of saying, an auxiliary or a relative pronoun): its sides take no part in other deeds
(`role_near.sides_near`), its countries and regions are no event's place (`place_uses`:
"described"); a date inside it alone makes the fight news. "Fighting for the Nusra Front"
(en/triggers.yaml ``relative_states.allegiance``) names the men's own side: no description."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import place_uses_on, roles

DAY = date(2016, 11, 7)


def test_a_blast_beside_the_coalition_fighting_in_two_lands_is_placed_in_neither():
    events = extract("A car bomb killed 12 fighters of a rebel group backed by the US-led "
                     "coalition fighting IS in Iraq and Syria.", published=DAY, language="en")
    assert events and all(e.location is None or e.location.name != "Iraq" for e in events), [
        e.location for e in events]
    assert all("Islamic State" not in roles(e) for e in events), [roles(e) for e in events]


def test_the_lands_a_side_fights_in_are_described():
    uses = place_uses_on(DAY)("The US-led coalition fighting IS in Iraq and Syria said its jets "
                              "struck a bridge near the town of Raqqa on Monday.")
    assert uses.get("Iraq") == "described", uses


def test_the_foe_of_the_soldiers_killed_was_not_hit():
    events = extract("A raid killed 20 Syrian soldiers fighting the Islamic State group near "
                     "Palmyra.", published=DAY, language="en")
    assert events and all("Islamic State" not in roles(e) for e in events), [
        roles(e) for e in events]
    assert roles(events[0]).get("Syrian Arab Army") == "actor2", roles(events[0])


def test_men_fighting_for_a_group_are_its_men():
    """Guard: "extremists fighting for the Nusra Front were killed" — Nusra was hit (passes on
    the base)."""
    events = extract("Extremists fighting for the Nusra Front were killed in air strikes near "
                     "Aleppo on Monday.", published=DAY, language="en")
    assert events and roles(events[0]).get("Hayat Tahrir al-Sham") == "actor2", [
        roles(e) for e in events]
