"""A place named with the province holding it ("a car at the entrance of Hader in Quneitra
province") but read as a town of that name far away (the gazetteer's Hader lies in Aleppo) is
another place the gazetteer does not know: the province stands for it, one event, not one per
place (en/roles.yaml ``within_links``, `place_roles._lies_in`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="en")]


def test_a_far_reading_of_a_town_in_its_province_gives_way_to_the_province():
    got = places("An Israeli drone hit a car outside Hader in Quneitra province on Monday, "
                 "killing two fighters.")
    assert got == ["Quneitra Governorate"]


def test_a_town_that_lies_in_the_province_named_stays():  # twin: as before
    got = places("Jets struck a bakery in Saraqib in Idlib province on Monday, killing six.")
    assert got == ["Saraqib"]


def test_a_town_near_the_seat_of_its_province_stays():  # twin: as before
    got = places("Kurdish fighters attacked jihadist positions in Ras al-Ain in Hasakeh province "
                 "on Monday.")
    assert got == ["Ras al-Ain"]
