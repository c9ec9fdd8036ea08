"""An aircraft that struck is an air strike told: "Jets struck Saraqib on Friday" gave no event,
though "Jets bombed Saraqib" did. "struck" and "hit" are ambiguous (a deal is struck, a car hits
a wall), so alone they stand as an event only with an armed side or a toll; but with an aircraft
as their subject (triggers.yaml ``air_subjects``, only a few adverbs between) they name an air
strike as surely as "bombed", and with the place they name they stand alone
(`candidates._air_subject`, `standing.is_anchored`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)
LEAD = "Rebels clashed with government troops in Latakia on Monday. "


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(LEAD + text, published=DAY, language="en")]


@pytest.mark.parametrize("text, place", [
    ("Jets struck Saraqib on Friday.", "Saraqib"),
    ("Warplanes hit Maarat al-Numan on Thursday.", "Maarat al-Numan"),
    ("Helicopters also struck Jisr al-Shughur on Sunday.", "Jisr al-Shughur"),
    ("Later that day drones reportedly hit Manbij.", "Manbij"),
])
def test_an_aircraft_that_struck_a_town_is_an_air_strike(text, place):
    evs = _events(text)
    assert ("airstrike", place) in evs, evs


@pytest.mark.parametrize("text", [
    "The two sides struck a deal in Geneva on Friday.",
    "A passenger jet was hit near Saraqib on Friday.",
    "Falling prices hit Aleppo traders on Friday.",
])
def test_no_aircraft_struck_no_air_strike(text):
    """Guard: a deal struck, an aircraft hit (passive: the auxiliary stands between) and a
    blow of another kind tell no air strike of their own."""
    assert [e for e in _events(text) if e[0] == "airstrike" and e[1] != "Latakia"] == []
