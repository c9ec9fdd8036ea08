"""Where an organisation sits or is outlawed is no place of what it does or reports. Wire texts
name the monitor's seat ("the UK-based Observatory", "the London-based group") and Sputnik
follows every group's name with "(banned in Russia)"; either became the event's place when no
town stood closer. A place right after "banned/outlawed in" or glued to "-based" is kept as a
mention and given to no event (`events.extract.place_uses._seat`); the same country after
a plain "in" is still the place. The country across a border ("near the border with Turkey")
is no place either: it says which border, and its inland point is far from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import places_on

DAY = date(2016, 8, 16)  # a Tuesday

places = places_on(DAY)


@pytest.mark.parametrize("group", ["(banned in Russia)", ", a group outlawed in Russia,",
                                   "(prohibited in the Russian Federation)"])
def test_where_a_group_is_banned_is_no_place(group: str):
    got = places(f"Troops fought militants of the Nusra Front {group} near the town of Morek on "
                 "Monday, killing 14 of them.")
    assert got and "Russia" not in got


def test_the_place_after_the_ban_is_still_found():
    assert places("Troops fought militants of the Nusra Front (banned in Russia) near the town of "
                  "Morek on Monday, killing 14 of them.") == ["Mūrak"]


@pytest.mark.parametrize("seat", ["UK-based", "London-based", "Britain-based"])
def test_the_seat_of_a_monitor_is_no_place(seat: str):
    got = places(f"Government air strikes killed eleven civilians in Idlib province on Monday, "
                 f"the {seat} monitor said.")
    assert got and all(p in ("Idlib", "Idlib Governorate") for p in got)


def test_a_country_after_a_plain_in_is_still_the_place():
    assert places("A bomb wounded four people in Russia on Monday.") == ["Russia"]


@pytest.mark.parametrize("border", ["near the border with Turkey",
                                    "at the Bab al-Hawa border crossing with Turkey",
                                    "on the Syrian side of the border with Iraq"])
def test_the_country_across_a_border_is_no_place(border: str):
    got = places(f"A suicide bomber killed 30 rebels {border} on Monday.")
    assert "Turkey" not in got and "Iraq" not in got
