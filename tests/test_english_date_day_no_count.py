"""A date's day right before a side's name is no count of its men: "On May 2 Turkish forces
struck …, killing 50" tells who struck, not that two Turkish soldiers died; so do a dateline's
"10-07-2016 Syrian forces kill 29 militants" and "Published November 26 2017 Assad regime air
strikes …". A count that is no date still names the side's dead ("More than 20 Turkish
soldiers were killed")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 6, 1)


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_a_month_and_day_before_the_side():
    # (the militants killed beside "Islamic State positions" are IS's men, no side of their own:
    # `build._set_actors`, tests/test_english35_generic_men_of_a_named_group.py)
    assert _roles("On May 2 Turkish forces shelled Islamic State positions in the village of "
                  "Suran, killing 50 militants.") == [
        {"Turkish Armed Forces": "actor1", "Islamic State": "actor2"}]


def test_a_numeric_date_before_the_side():
    assert _roles("28-05-2016 Syrian forces kill 29 militants near the town of Khan Touman.") == [
        {"Syrian Arab Army": "actor1", "Militants (unspecified)": "actor2"}]


def test_a_count_of_the_sides_men_is_its_dead():  # guard
    assert _roles("More than 20 Turkish soldiers were killed in the village of Suran on "
                  "Monday.") == [{"Turkish Armed Forces": "actor2"}]
