"""Places of the battles north of Aleppo that GeoNames lacks (curated.yaml ``places``): "the
Mallah Farms" (the Farms a place word after the name, cues.yaml ``english.types``) is a point
in Aleppo's countryside, not the city; "Turkmen Bari" is a village by Akhtarin, never the Bari
Region of Somalia."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import places_on

DAY = date(2016, 7, 12)  # a Tuesday
places = places_on(DAY)


def test_the_mallah_farms_are_a_place_of_their_own():
    assert places("Government forces advanced in the Mallah Farms northwest of Aleppo on "
                  "Monday.") == ["Al-Mallah"]


def test_the_village_of_turkmen_bari():
    assert places("Turkish jets struck the village of Turkmen Bari on Monday.") == ["Turkman Barih"]


def test_turkmen_bari_in_a_list_is_never_somalia():
    events = extract("Turkish jets struck Akhtarin Turkmen Bari and Dabiq in northern Syria on "
                     "Monday.", published=DAY, language="en")
    countries = {p.country for e in events for p in e.locations or [e.location] if p}
    assert events and countries == {"SY"}


def test_the_farms_spelt_al_maleh():
    assert places("Fighting raged north of Aleppo on Monday. Regime forces withdrew from the "
                  "farms of Al Maleh on Tuesday.")[-1] == "Al-Mallah"
