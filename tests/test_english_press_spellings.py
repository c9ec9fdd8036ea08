"""How English wire texts write Syria's big places. The press spells the governorate seats its
own ways ("Hassakeh", "Deir el-Zour", "Deir Ezour", "Raqa"), and texts that lost their
punctuation write a possessive without its apostrophe ("Idlibs countryside", "Daraas old
quarter"). An event told only there would otherwise be placed in Syria, or nowhere. A
possessive is read only for a strong name that is no country: "Russias air force" names who
acts, and a group whose name is a town plus s ("Hamas") is an actor, not Hama; nor is a
country's possessive another reading of its name ("Iraqs second city" is not Arak, in Iran).
A seat's name that opens with a capital may go on in lower case ("Deir ezzor")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import places_on

DAY = date(2016, 3, 15)  # a Tuesday

places = places_on(DAY)


@pytest.mark.parametrize("spelling, name", [
    ("Hassakeh", "Hasakah"), ("al-Hassakeh", "Hasakah"), ("Hasake", "Hasakah"),
    ("Deir el-Zour", "Deir ez-Zor"), ("Deir Ezour", "Deir ez-Zor"), ("Deir az-Zour", "Deir ez-Zor"),
    ("Deir Ezzur", "Deir ez-Zor"), ("Raqa", "Raqqa"),
])
def test_a_press_spelling_of_a_governorate_seat_is_that_city(spelling: str, name: str):
    assert places(f"A car bomb exploded near a checkpoint in {spelling} on Monday, killing "
                  "seven soldiers.") == [name]


@pytest.mark.parametrize("word, name", [("Idlibs", "Idlib"), ("Aleppos", "Aleppo"),
                                        ("Daraas", "Daraa")])
def test_a_possessive_that_lost_its_apostrophe_is_the_place(word: str, name: str):
    assert places(f"Government jets pounded {word} southern neighbourhoods on Monday, killing "
                  "nine civilians.") == [name]


def test_a_country_with_a_lost_apostrophe_is_who_acts_not_where():
    assert places("Russias warplanes killed nine civilians on Monday, activists said.") == [None]


def test_a_group_named_like_a_town_plus_s_is_no_place():
    assert places("Hamas gunmen fired on a patrol on Monday, wounding two soldiers.") == [None]


def test_a_countrys_possessive_is_no_other_reading_of_its_name():
    # "Iraq" is also a spelling of Arak, in Iran: "Iraqs" is Iraq's, never Arak
    assert places("Militants stormed a checkpoint in Mosul Iraqs second largest city on "
                  "Monday, killing four soldiers.") == ["Mosul"]


@pytest.mark.parametrize("spelling", ["Deir ezzor", "Deir el-zour", "Deir ez-zor"])
def test_a_seat_whose_second_word_is_written_in_lower_case_is_that_city(spelling: str):
    assert places(f"Air strikes hit a bakery in {spelling} on Monday, killing nine "
                  "people.") == ["Deir ez-Zor"]


def test_a_name_all_in_lower_case_is_still_no_place():
    assert places("Air strikes hit a bakery in deir ezzor on Monday, killing nine "
                  "people.") != ["Deir ez-Zor"]
