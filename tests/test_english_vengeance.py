"""A side that vows revenge for an event, or to avenge it, was hit by it: "rebels vowed revenge
for Tuesday's air strike" tells an air strike that happened (modality scope ends at "revenge
for", "avenge") with the rebels as the side hit, not its author (roles.yaml ``vengeance``,
`role_victims.avenger`). "Revenge attacks" are the avengers' own, and may only be feared."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2017, 4, 5)


def events(text: str) -> list:
    return extract(text, published=PUB, language="en")


def roles(ev) -> dict[str, str]:
    return {a.name: a.role for a in ev.actors}


def test_rebels_vowing_revenge_for_a_strike_were_hit():
    evs = events("Rebel factions vowed revenge for Monday's air strike on the town of Saraqib "
                 "in Idlib province.")
    strikes = [e for e in evs if e.event_type == "airstrike"]
    assert strikes and strikes[0].modality == "actual"
    assert roles(strikes[0]).get("Rebels (unspecified)") == "actor2"


def test_militants_vowing_to_avenge_a_strike_were_hit():
    evs = events("Islamic State fighters vowed to avenge the drone strike that killed their "
                 "emir near Mayadin on Friday.")
    strikes = [e for e in evs if e.event_type == "airstrike"]
    assert strikes and strikes[0].modality == "actual"
    assert roles(strikes[0]).get("Islamic State") == "actor2"


def test_revenge_attacks_feared_are_no_attack_that_happened():
    evs = events("Residents of the town said they feared revenge attacks by pro-government "
                 "militias.")
    assert all(e.modality != "actual" for e in evs)


def test_who_retaliates_by_shelling_acts():
    evs = events("Rebels retaliated for the raid by shelling government areas of Aleppo on "
                 "Monday.")
    shelling = [e for e in evs if e.event_type == "shelling"]
    assert shelling and roles(shelling[0]).get("Rebels (unspecified)") == "actor1"
