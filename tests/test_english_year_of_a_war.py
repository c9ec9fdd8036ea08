"""A year that names the war or uprising an event happened in ("in the 1967 war", "during the
1967 Six Day War") dates that event: the seizure of a land then is history, not today's news
(en/dates.yaml ``year_nouns``). A count ("the 2000 fighters") and a year after other words
("before the 2011 war") date nothing."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 7, 29)
NEWS = "An Israeli drone killed four fighters in Quneitra on Wednesday. "


def seizure(text: str):
    (e,) = [e for e in extract(NEWS + text, published=PUB, language="en")
            if e.event_type == "territory_change"]
    return e


def test_a_land_taken_in_a_named_war_is_history():
    e = seizure("Israel seized the plateau from Syria in the 1967 Six Day War.")
    assert e.date_start == "1967-01-01" and e.background


def test_a_land_taken_during_a_war_of_a_year():
    e = seizure("Israel captured the plateau from Syria during the 1967 war.")
    assert e.date_start == "1967-01-01" and e.background


def test_a_year_told_plainly_as_before():  # twin: as before
    e = seizure("Israel seized the plateau from Syria in 1967.")
    assert e.date_start == "1967-01-01" and e.background
