"""A quarter of a town is no place elsewhere. English news names a district or neighbourhood
by a name the gazetteer may know as a place far away: "the Ferdous neighbourhood of east
Aleppo" (Ferdows is a town in Iran), "the Salah al-Din district of Aleppo" (Salah al-Din is a
governorate of Iraq). A name right before a quarter word and "of" a town is a part of that
town (cues.yaml context ``quarters``): a reading of it far from the town is dropped here and
wherever the article names it again, and the town stands for the event. A quarter the
gazetteer knows inside the town keeps its own place."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

DAY = date(2016, 10, 18)  # a Tuesday
places = places_on(DAY)


def test_a_quarter_read_as_a_town_abroad_is_the_town_it_belongs_to():
    assert places("Shells hit a bakery in the Ferdous neighbourhood of east Aleppo on Monday, "
                  "killing three people.") == ["Aleppo"]


def test_a_quarter_read_as_a_province_abroad_is_no_place_anywhere_in_the_article():
    got = places("A car bomb exploded in the Salah al-Din district of Aleppo on Monday, "
                 "killing six people. Salah al-Din was shelled again on Tuesday.")
    assert got and "Salah Al-Din Governorate" not in got


def test_a_quarter_the_gazetteer_knows_inside_the_town_keeps_its_place():
    assert places("Shells hit a bakery in the Jobar district of Damascus on Monday, killing "
                  "three people.") == ["Jobar"]
