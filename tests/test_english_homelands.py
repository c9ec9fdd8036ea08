"""Where fighters come from is no place of what they did or suffered. Reports list the
nationalities of the dead: "foreign fighters from Tunisia and Egypt", "militants from
Chechnya", often as a list whose commas were lost ("from Chechnya China (Xinjiang) Saudi
Arabia and Uzbekistan"). A place after "from" right after a word for fighters (cues.yaml
context ``homeland``), or listed right after such a place, says who they are; the strike is
where the text puts it, or nowhere. "From" after other words keeps its meaning."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import places_on

DAY = date(2017, 10, 10)  # a Tuesday
places = places_on(DAY)


def test_the_homeland_of_the_dead_is_not_where_they_were_hit():
    assert places("An air strike killed 40 foreign fighters from Tunisia and Morocco near "
                  "Mayadin on Monday.") == ["Al-Mayadin"]


def test_a_list_of_homelands_that_lost_its_commas_is_no_place_either():
    got = places("Troops killed 30 militants near Hama on Monday, among them combatants from "
                 "Chechnya China (Xinjiang) Saudi Arabia and Uzbekistan.")
    assert got and not {"Chechnya", "China", "Saudi Arabia", "Uzbekistan"} & set(got)


def test_the_homeland_of_attackers_is_no_place():
    got = places("Jihadists from Egypt attacked an army post in Idlib on Monday, killing four "
                 "soldiers.")
    assert got == ["Idlib"]


def test_fighters_moving_from_a_place_still_leave_it():
    assert places("Rebel fighters withdrew from Morek on Monday after heavy "
                  "fighting.") == ["Mūrak"]


def test_a_town_fighters_come_from_is_where_they_moved_from():
    events = extract("Hundreds of rebel fighters from Daraya arrived in Idlib on Monday.",
                     published=DAY, language="en")
    assert [e.origin.name if e.origin else None for e in events] == ["Darayya"]


def test_a_homeland_after_a_region_the_gazetteer_lacks():
    # (up to four capitalised words or `homeland_fillers` between "from" and the country)
    assert places("In an air strike on Monday dozens of mercenaries from the former Soviet "
                  "Union Tunisia and Egypt were killed south of Raqqa.") == ["Raqqa"]


def test_a_homeland_after_a_group_of_countries():
    assert places("Militants from CIS countries Tunisia and Morocco were killed in an air "
                  "strike on Monday, the ministry said.") == [None]
