"""A toll told with no place, before a clause that says how the deaths came about but names no
event of its own ("Five people were killed on Monday when a warplane crashed into a market in
the town of Saraqib"), is placed where that clause says: there is no event there for the place
to belong to. When the next clause tells its own event, its place is that event's.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

places = places_on(date(2016, 3, 14))


def test_the_dead_of_a_crash_are_placed_where_it_happened():
    assert places("Five people were killed on Monday when a warplane crashed into a market in "
                  "the town of Saraqib in Idlib province.") == ["Saraqib"]


def test_the_homonym_is_read_in_the_province_named_with_it():
    assert places("Seven people were killed on Sunday when a helicopter crashed into a bakery in "
                  "the town of Ariha in Idlib province.") == ["Arīḩā"]


def test_a_next_clause_with_its_own_event_keeps_its_place():
    # guard: the shelling is placed, the toll joins it
    assert places("Five people were killed on Monday when shells hit a market in the town of "
                  "Saraqib.") == ["Saraqib"]
