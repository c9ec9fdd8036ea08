"""Civilians fleeing a town are no armed side's move there: "Kurdish fighters advanced into
Manbij on Sunday. Thousands of civilians fled Manbij on Monday" told one movement, the Kurdish
advance, running into Monday with the flight's date. The guide's movement is a force moving
(an advance, a withdrawal, a convoy); a word of civilians a few words before the movement word,
no side between ("Thousands of civilians fled", "forced 5000 residents to flee"; en/triggers.yaml
``civilian_movers``) makes a flight of civilians, which never merges with a move that has an
armed actor1 (`identity._flight_beside_move`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)  # a Tuesday; Sunday is 8 May


def _moves(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    """Each movement's start, end and sides."""
    return [(str(e.date_start), str(e.date_end), tuple(a.name for a in e.actors))
            for e in extract(text, published=DAY, language="en") if e.event_type == "movement"]


@pytest.mark.parametrize("text, side", [
    ("Kurdish fighters advanced into Manbij on Sunday. Thousands of civilians fled Manbij on "
     "Monday.", "Kurdish forces"),
    ("Rebels pulled out of the town of Rastan on Sunday. Hundreds of families fled Rastan on "
     "Monday.", "Rebels (unspecified)"),
    ("Syrian troops advanced towards Palmyra on Sunday. Thousands of residents fled the city on "
     "Monday.", "Syrian Arab Army"),
])
def test_the_flight_lends_the_move_no_day(text, side):
    assert _moves(text) == [("2016-05-08", "2016-05-08", (side,))]


def test_the_forced_flight_lends_the_advance_no_foe():
    got = _moves("Kurdish fighters advanced into Manbij on Sunday. Fighting between IS and the "
                 "Kurds has forced 5000 residents to flee Manbij.")
    assert ("2016-05-08", "2016-05-08", ("Kurdish forces",)) in got


def test_a_move_told_again_is_still_one_move():
    """Guard: the troops that pulled back are the troops that withdrew."""
    got = _moves("Government troops withdrew from Palmyra on Sunday. The troops pulled back to "
                 "Homs on Monday.")
    assert len(got) == 1
