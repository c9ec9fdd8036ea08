"""A station named after a city is no city: "Shells fell on the Baghdad Station neighbourhood"
(an Aleppo quarter) was placed in Iraq's capital. Like "Nile Street" and "Baghdad Square", a
place name right before "station" names the station and the quarter around it
(gazetteer cues.yaml ``english.streets``), not the place."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Shells fell on the Baghdad Station neighbourhood on Monday, killing three people.",
    "A car bomb exploded near the Baghdad Station on Tuesday, killing five people.",
    "Mortar rounds hit the Mosul Station area on Sunday, wounding four civilians.",
])
def test_a_station_is_not_the_city_it_is_named_after(text):
    places = _places(text)
    assert places and "Baghdad" not in places and "Mosul" not in places, places


def test_a_station_in_a_city_keeps_the_city():
    """Guard: the city the station stands in is the place ("the bus station in Baghdad")."""
    assert _places("A car bomb exploded at the bus station in Baghdad on Tuesday, killing "
                   "five people.") == ["Baghdad"]
