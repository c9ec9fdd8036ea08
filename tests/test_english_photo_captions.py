"""A photo's caption run into the prose with no stop ends at its credit (en/clauses.yaml
``photo_credits``: "(Reuters Photo)", "(AFP Photo)", "(TRT World and Agencies)"): the caption
describes a picture, often an old one, and tells no event; the text after the credit is a
sentence of its own, so the caption neither dates, places nor splits the lead's event. A
dateline's agency in parentheses ("BEIRUT (AFP) -") is no credit."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 8, 10)  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    out = []
    for e in extract(text, published=DAY, language="en"):
        dead = max((c.low or 0 for c in e.claims if c.category == "killed"), default=None)
        out.append((e.event_type, str(e.date_start)[:10] if e.date_start else None, dead))
    return out


def test_a_caption_glued_to_the_lead_tells_no_event():
    assert _events("Women walk past a bombed bakery in the town of Saraqib on July 2 2016 "
                   "(Reuters Photo) Nine civilians were killed on Tuesday when Russian jets struck a "
                   "market in the town of Binnish.") == [("airstrike", "2016-08-09", 9)]


def test_an_agencys_photo_credit():
    assert _events("A rescuer carries a child from the rubble in Douma on June 3 2016 (AFP Photo) "
                   "Regime helicopters dropped barrel bombs on the town of Daraya on Tuesday, "
                   "killing six people.") == [("airstrike", "2016-08-09", 6)]


def test_a_dateline_agency_is_no_credit():  # guard
    assert _events("BEIRUT (AFP) - Regime helicopters dropped barrel bombs on the town of Daraya "
                   "on Tuesday, killing six people.") == [("airstrike", "2016-08-09", 6)]


def test_a_caption_its_stop_ended_stays_prose():  # guard: some outlets' captions tell the news
    assert ("territory_change", "2016-08-09", None) in _events(
        "Turkish-backed rebels captured the village of Tal Hajar on Tuesday. (TRT World and "
        "Agencies) The offensive began two weeks ago.")
