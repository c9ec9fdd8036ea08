"""A wire dateline inside the text. News pages paste related headlines above a story, so
Sputnik's "MOSCOW (Sputnik)" or a "BEIRUT (Reuters)" follows a headline on the same line
instead of opening one. A place in capitals right before a bracket says where a report was
filed wherever it stands: the next sentence's event is not placed there."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

DAY = date(2017, 4, 18)  # a Tuesday

places = places_on(DAY)


def test_a_dateline_after_a_pasted_headline_is_no_place():
    got = places("Army Repels Attack Near Hama MOSCOW (Sputnik) Militants fired mortar shells at a "
                 "market on Monday, killing two people.")
    assert got and "Moscow" not in got


def test_a_dateline_in_its_own_line_is_still_no_place():
    got = places("BEIRUT (Reuters) - Militants fired mortar shells at a market in Homs on Monday, "
                 "killing two people.")
    assert got == ["Homs"]


def test_a_name_in_ordinary_case_before_a_bracket_is_still_a_place():
    got = places("Militants fired mortar shells at a market in Homs (central Syria) on Monday, "
                 "killing two people.")
    assert got == ["Homs"]
