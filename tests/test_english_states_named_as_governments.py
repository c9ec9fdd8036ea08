"""A capital or a state named for its government is a party, never where an event happened
(`place_actors.acting`): in copy that lost its apostrophes the possessive keeps its "s"
("Moscows bombing", "Ankaras offensive") — a capital so glued acts even after a preposition;
a progressive after an auxiliary is active ("Moscow has been waging an air campaign", unlike
"has been shelled"); and a state right after a word of patronage ("the regime's ally Russia",
"rebel backer Turkey") is the patron, not a place."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

places = places_on(date(2016, 11, 15))  # a Tuesday


def test_a_capital_with_a_bare_possessive_is_the_government():
    got = places("The monitor said jets kept up strikes on rebel districts despite a halt to "
                 "Moscows bombing campaign announced on Monday.")
    assert "Moscow" not in got


def test_a_capital_waging_a_campaign_is_no_place():
    got = places("Ankara has been waging an offensive against Kurdish fighters, who lost "
                 "positions on Monday.")
    assert "Ankara" not in got


def test_a_patron_named_after_ally_is_no_place():
    got = places("Air strikes killed 11 people on Monday in a town under a truce agreed between "
                 "the regime ally Russia and rebel backer Turkey.")
    assert "Russia" not in got


def test_a_capital_shelled_is_still_the_place():  # twin: as before
    got = places("Damascus has been shelled on Monday, and five people were killed.")
    assert got == ["Damascus"]
