"""A day right before a capitalised naming noun is a name, not the day of the deed: "shells
landed near April 7th Street" dated a Monday's shelling to the 7th of April. A date followed,
with nothing but a space between, by one of en/dates.yaml ``name_tails`` (street, square,
bridge, hospital, movement …) written with a capital names a place (`dates._named_before`; the
Arabic ``name_heads`` stand before the day: «شارع 26 سبتمبر»)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import mention_dates_on

DAY = date(2016, 11, 14)  # a Monday


@pytest.mark.parametrize("text", [
    "Gunmen fired four mortar shells at the market, which landed near the bakery and "
    "March 8th Street, wounding five people, police said on Monday.",
    "A car bomb went off on the 6th of October Bridge in the city centre on Monday, killing "
    "two people.",
    "Two rockets fell on 17 April Square in the old quarter of the city on Monday, injuring "
    "three children.",
])
def test_a_place_named_after_a_day_dates_nothing(text):
    events = extract(text, published=DAY, language="en")
    assert events and all(str(e.date_start) == "2016-11-14" for e in events), [
        (e.date_start, e.date_end) for e in events]


def test_a_street_named_after_a_day_is_no_date_mention():
    dates = mention_dates_on(DAY)(
        "Mortar rounds struck a school near July 26 Street, wounding four pupils.")
    assert (date(2016, 7, 26), date(2016, 7, 26)) not in dates, dates


def test_a_day_before_a_lower_case_word_still_dates():
    """Guard: "on April 7 street battles broke out" is a day (passes on the base)."""
    events = extract("On April 7 street battles broke out between rebels and the army in the "
                     "town of Tafas, killing six fighters.", published=DAY, language="en")
    assert events and str(events[0].date_start) == "2016-04-07", [
        (e.date_start, e.date_end) for e in events]
