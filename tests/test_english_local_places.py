"""English names a town, a village or a quarter with a word before or after it ("the district
of Al Mashhad", "al-Hamidiyeh village", "the neighbourhoods of Furqan and Azamiyah"): in an
article about Syria, a reading of such a name abroad (Mashhad in Iran) is not the place meant,
as after «حي» in Arabic (cues.yaml ``context`` ``locals``, `events.extract.place_locals`); a
name before "of" a town is a part of it ("the Old City of Homs"); "rural Aleppo" is the Aleppo
countryside."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract

DAY = date(2016, 11, 15)  # a Tuesday


def places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="en")]


def test_a_quarter_after_district_of_is_no_town_abroad():
    got = places("Syrian helicopters dropped barrel bombs on the district of Al Mashhad in "
                 "Aleppo on Monday, killing four civilians.")
    assert got == ["Al-Mashhad (Aleppo)"]  # the quarter itself, since the gazetteer holds it


def test_a_quarter_in_a_list_after_neighbourhoods_of_is_no_town_abroad():
    got = places("Rebel rockets fell on the neighbourhoods of al-Furqan and al-Azamiyah in "
                 "Aleppo on Monday, wounding six people.")
    assert got == ["Aleppo"]


def test_a_village_named_before_its_word_is_no_town_abroad():
    got = places("Government artillery shelled al-Hamidiyeh village west of Quneitra on "
                 "Monday, killing two rebels.")
    assert "Ḥamīdiyeh" not in got and got


def test_a_town_whose_country_is_said_stays():  # twin: as before
    got = places("Islamic State rockets hit the Turkish border town of Kilis on Monday, "
                 "wounding four people.")
    assert got == ["Kilis"]


def test_a_town_in_a_sentence_naming_its_country_stays():  # twin: as before
    got = places("Rockets fired from Syria hit the border town of Kilis in southern Turkey on "
                 "Monday, wounding four people.")
    assert got == ["Kilis"]


def test_a_name_before_of_a_town_is_a_part_of_it():
    got = places("A car bomb killed 12 rebels in the besieged Old City of Homs on Monday.")
    assert set(got) == {"Homs"}


def test_rural_before_a_province_seat_is_its_countryside():
    got = places("Regime jets bombed a bakery in rural Aleppo on Monday, killing three people.")
    assert got == ["Aleppo countryside"]


def test_the_kurds_are_a_people_not_a_town():
    doc = annotate("12 dead in jihadist raid on Kurd-held Syria village Monitor\n12 dead in "
                   "jihadist raid on Kurd-held Syria village Monitor AFP Monday 3 Aug 2015 At "
                   "least 12 people were killed.", language="en", upto="place_context")
    assert "Kurd" not in [m.text for m in doc.places]
