"""A state after an office's title and "of" is whom the officer serves, no place: "the
president of Sudan said" placed a downing near Idlib in Sudan, "the permanent representative
of Malaysia to the UN" a strike in Malaysia. cues.yaml ``context.offices`` (president,
minister, ambassador, envoy, representative, king …) and ``office_links`` (of): a country or
capital right after them, an article between or none, is a party that speaks
(`place_uses._office_of`), as a state after "allied with" is."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import places_on

DAY = date(2016, 8, 2)  # a Tuesday


_places = places_on(DAY, "en")


@pytest.mark.parametrize("text, place", [
    ("Rebels shot down a regime helicopter near Idlib on Monday, the president of Sudan said.", "Idlib"),
    ("Rebels shot down a regime helicopter near Idlib on Monday, the foreign minister of Turkey "
     "told reporters.", "Idlib"),
    ("Syrian jets shot down a drone near Hama on Monday, the permanent representative of Malaysia "
     "to the UN said.", "Hama"),
    ("Rebels shot down a regime helicopter near Idlib on Monday, the king of Jordan said.", "Idlib"),
])
def test_the_state_an_officer_serves_is_no_place(text, place):
    assert _places(text) == [place]


def test_a_place_in_a_title_of_no_office_stays():
    """Guard: "the local council of Idlib" is no office of a state (passes on the base)."""
    assert _places("Jets bombed the village of Kafr Nabl, the head of the local council of Idlib "
                   "said on Monday.") == ["Kafranbel"]


def test_an_envoy_to_a_state_is_left_alone():
    """Guard: "to" is no link of an office here — "Russia's ambassador to Turkey was shot dead
    in Ankara" may tell of the country an envoy serves in (passes on the base)."""
    assert _places("Regime shells hit Daraa on Monday, the UN envoy to Syria said.") == ["Daraa"]
