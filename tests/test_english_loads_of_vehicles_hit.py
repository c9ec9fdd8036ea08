"""The men a vehicle carried were hit with it: "a truck carrying militants and weapons was hit
near the village" made the militants the strike's actor1, and "a drone struck a car carrying
rebels" too. Two things read them as strikers: "carrying" is an equipment cue ("a truck carrying
rockets" names a weapon, no strike), and it dropped the passive verb after it ("was hit") with
the rockets — a strike verb right after a passive auxiliary is the clause's verb, never
equipment (`triggers._passive`); and a side named right after "carrying", "transporting" or
"ferrying" is the load hit (en/roles.yaml ``target_cues``), no striker."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 6, 7)  # a Tuesday


def _roles(text: str) -> list[tuple[str, dict[str, str]]]:
    return [(e.event_type, {a.name: a.role for a in e.actors})
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, side", [
    ("A car carrying rebels was hit by an air strike near Atarib on Monday.",
     "Rebels (unspecified)"),
    ("A bus carrying Jaish al-Islam gunmen was struck by a shell near Douma on Monday.",
     "Jaysh al-Islam"),
    ("A drone struck a car carrying Nusra Front militants near Sarmada on Monday.",
     "Hayat Tahrir al-Sham"),
    ("Warplanes bombed a lorry transporting jihadists near Mayadin on Monday.",
     "Militants (unspecified)"),
])
def test_the_load_of_a_vehicle_hit_was_hit(text, side):
    got = _roles(text)
    assert got and all(roles.get(side) == "actor2" for _, roles in got), got


def test_a_truck_carrying_rockets_is_no_strike():
    """Guard: rockets a truck carried are equipment, no shelling."""
    assert _roles("A truck carrying rockets was seen near the town of Sukhnah on Monday.") == []


def test_a_side_carrying_out_strikes_acts():
    """Guard: "carrying out" is a deed done by the side before it."""
    got = _roles("Russian jets carried out strikes on the town of Sukhnah on Monday.")
    assert got and got[0][1].get("Russian Aerospace Forces") == "actor1", got
