"""A time entered is no ground entered: "the conflict which will enter its sixth year next month"
was a planned movement, and it made the headline's advance a plan of next month. An ordinal
within three words after a form of "enter" (en/triggers.yaml ``figurative_objects.joined``, as
"entered the war") counts the time — no movement."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import types_on

DAY = date(2016, 2, 10)


def test_a_war_entering_its_sixth_year_moves_nobody():
    events = extract(
        "Syrian army advances near Hama\n\n"
        "The Syrian army backed by allied militias has seized several villages north of Hama from "
        "rebels, a monitor said on Tuesday.\n\n"
        "\"The army is moving forward there,\" the head of the monitor said. More than 250,000 "
        "people have died in the Syrian conflict which will enter its sixth year next month, the "
        "monitor said.", published=DAY, language="en")
    moves = [e for e in events if e.event_type == "movement"]
    assert moves and all(e.modality == "actual" for e in moves), [
        (e.modality, e.date_start) for e in moves]
    assert all(e.date_start != "2016-03-01" for e in events)


def test_troops_entering_a_town_moved():
    """Guard: "troops entered the town" is still a movement (passes on the base)."""
    assert "movement" in types_on(DAY)(
        "Syrian troops entered the town of Mhardeh on Monday, state media said.")
