"""A direction in lower case at the head of a name the gazetteer holds capitalised: English
news writes "eastern Ghouta" as often as "Eastern Ghouta", and both are the region (cues.yaml
``english.directions``). A direction before a name with no such entry still names the place
it qualifies ("western Aleppo" is Aleppo), and a lower-case word that is no direction opens
no name."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

DAY = date(2018, 2, 20)

places = places_on(DAY)


def test_a_lower_case_direction_opens_the_regions_name():
    assert places("Shells fired by rebels hit eastern Ghouta on Monday, killing two "
                  "people.") == ["Eastern Ghouta"]
    assert places("Shells fired by rebels hit the eastern Ghouta on Monday, killing two "
                  "people.") == ["Eastern Ghouta"]


def test_capitalised_it_is_the_same_region():
    assert places("Shells fired by rebels hit Eastern Ghouta on Monday, killing two "
                  "people.") == ["Eastern Ghouta"]


def test_a_direction_before_a_name_with_no_such_entry_is_the_place_it_qualifies():
    assert places("Shells fired by rebels hit western Aleppo on Monday, killing two "
                  "people.") == ["Aleppo"]


def test_the_direction_alone_is_no_place():
    assert places("Shells fired by rebels hit the eastern districts on Monday, killing two "
                  "people.") == [None]
