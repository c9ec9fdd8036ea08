"""A border named by a hyphenated pair of countries ("the Syria-Turkey border", "the
Lebanon-Syria frontier", "the Turkish-Syria border") is a border, not a point inside the second
country (nor the first): like "the border with Turkey" (place_context ``_across_border``), the
event is at a border and takes a town the article names for it, if any."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

DAY = date(2016, 10, 8)  # a Saturday

places = places_on(DAY)


def test_the_second_country_of_a_pair_is_no_place():
    got = places("A car bomb at the Iraq-Syria border killed 11 fighters on Friday.")
    assert "Syria" not in got and "Iraq" not in got


def test_the_first_country_of_a_pair_is_no_place():
    got = places("Shelling on the Jordan-Syria frontier killed four soldiers on Friday.")
    assert "Jordan" not in got and "Syria" not in got


def test_an_adjective_then_a_country_is_a_border_too():
    assert places("A roadside bomb at the Turkish-Syria border killed two soldiers on "
                  "Friday.") == [None]


def test_a_town_named_with_the_border_places_the_event():  # twin: as before
    got = places("Rebels said a car bomb killed 11 fighters on Friday at the Syria-Turkey border "
                 "near the town of Azaz.")
    assert got == ["Azaz"]


def test_a_country_with_no_border_after_it_is_still_the_place():  # twin
    assert places("A car bomb killed 11 fighters in Syria on Friday.") == ["Syria"]


def test_a_hyphenated_pair_before_another_noun_is_untouched():  # twin
    assert places("A car bomb killed 11 fighters in Syria on Friday during Russia-Turkey "
                  "talks.") == ["Syria"]
