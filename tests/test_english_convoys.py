"""A convoy struck on its way is two events (the annotation guide's rule 4, ACLED's coding):
the strike and the convoy's movement, attempted when the strike killed or destroyed. English
news often tells only where the convoy was going — "trucks carrying aid to X", "a convoy
delivering food to the town of Y in X province", "heading to X" — and no origin; the movement
is told all the same. A convoy is struck when its route words follow the strike word or the
strike verb is passive; forces "heading to X" that fire are no convoy struck."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2019, 3, 12)  # a Tuesday


def events(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((e.event_type, e.modality, e.destination.name if e.destination else None)
                  for e in extract(text, published=DAY, language="en"))


def test_trucks_carrying_aid_to_a_town_and_destroyed_were_moving_there():
    assert events("An air strike destroyed 14 trucks carrying aid to Saraqib on Monday and killed "
                  "six drivers.") == [("airstrike", "actual", "Saraqib"),
                                      ("movement", "attempted", "Saraqib")]


def test_a_convoy_hit_by_a_passive_strike_moved_too():
    assert events("A convoy delivering food to Saraqib was hit by an air strike on "
                  "Monday.") == [("airstrike", "actual", "Saraqib"),
                                 ("movement", "actual", "Saraqib")]


def test_aid_for_people_in_a_province_is_bound_for_that_province():
    got = events("An air strike on Monday hit a convoy delivering aid to displaced families "
                 "in Idlib province, killing four volunteers.")
    assert got == [("airstrike", "actual", "Idlib Governorate"),
                   ("movement", "attempted", "Idlib Governorate")]


def test_one_movement_for_a_convoy_told_twice():
    got = events("An air strike hit a convoy heading to Saraqib on Monday, killing five "
                 "drivers. The convoy heading to Saraqib was struck as it crossed the road, "
                 "witnesses said.")
    assert [t for t, _, _ in got].count("movement") == 1


def test_forces_on_their_way_that_fire_are_no_convoy_struck():
    assert [t for t, _, _ in events("Army reinforcements heading to Saraqib shelled the "
                                    "village of Tell Mardikh on Monday.")] == ["shelling"]


def test_a_convoy_hit_where_it_stood_has_no_movement():
    assert [t for t, _, _ in events("An air strike hit a convoy in Idlib province on Monday, "
                                    "killing five drivers.")] == ["airstrike"]
