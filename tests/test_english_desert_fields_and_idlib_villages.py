"""Places of the Syrian war that GeoNames lacks or mistakes (curated.yaml ``sites`` and
``places``): the al-Hail gas field north-east of Palmyra (never Saudi Arabia's Ha'il), Millis
village between Idlib and Salqin. "Oilfield" written as one word is a place word after a name,
as "gas field" is (cues.yaml ``english.types``): "the al-Omar oilfield" is the field, not a
village named Omer."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

DAY = date(2016, 5, 10)  # a Tuesday
places = places_on(DAY)


def test_the_hail_oilfield_is_in_the_syrian_desert():
    assert places("Islamic State fighters attacked army positions near the al-Hail oilfield on "
                  "Monday, killing nine soldiers.") == ["Al-Hail gas field"]


def test_the_hail_gas_field():
    assert places("The army recaptured the al-Hail gas field from Islamic State on Monday after "
                  "clashes that killed 12 militants.") == ["Al-Hail gas field"]


def test_an_oilfield_written_as_one_word():
    assert places("Kurdish forces attacked Islamic State near the al-Omar oilfield on Monday, "
                  "killing seven militants.") == ["Al-Omar oil field"]


def test_the_village_of_millis():
    assert places("Air strikes hit a clinic in the village of Millis on Monday, killing five "
                  "people.") == ["Millis"]


def test_millis_bare_before_its_province():
    assert "Millis" in places("Warplanes bombed a market in Millis in Idlib province on Monday, "
                              "killing five people.")


def test_millis_spelt_meles():
    assert places("Warplanes bombed a clinic in the town of Meles on Monday, killing five "
                  "people.") == ["Millis"]
