"""A person's name the gazetteer also holds as another name of a far town is no place of the
news ("Shahid Ahmad Abdo brigade" is not Al Ahmadi, Kuwait; "Zahran Alloush" not Dhahran;
"Riad Hijab" not Riyadh), nor is "Assads" (Assad's, its apostrophe lost) Assads, Morocco, nor
a hospital named after Jerusalem (data/gazetteer/cues.yaml english ``common_words`` and
``not_places``). With a place context the town stays ("in Riyadh")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def countries(text: str) -> list[str | None]:
    return [e.location.country if e.location else None
            for e in extract(text, published=DAY, language="en")]


def test_a_witness_named_ahmad_is_no_town():
    got = countries("A car bomb went off in Azaz on Monday, a witness named Ahmad said, killing "
                    "four.")
    assert "KW" not in got


def test_a_commander_named_zahran_is_no_gulf_city():
    got = countries("Rockets fired by the group of Zahran Alloush hit Damascus on Monday.")
    assert "SA" not in got


def test_assads_forces_are_no_moroccan_village():
    got = countries("A car bomb killed 12 fighters loyal to Assads regime on Monday.")
    assert "MA" not in got


def test_a_hospital_named_al_quds_is_not_jerusalem():
    got = countries("Four people died in a gas attack on Monday, according to the Al-Quds "
                    "hospital.")
    assert "IL" not in got


def test_a_capital_after_in_is_still_a_place():  # twin: as before
    got = countries("A bomb exploded in Riyadh on Monday, killing two people.")
    assert got == ["SA"]
