"""A bridge is named after its town or after a man: "the al-Abbas bridge" placed a strike at
Fort Abbas in Pakistan, "the al-Rashid bridge" at Rosetta (al-Rashid) in Egypt, in articles
about eastern Syria. bridge and bridges join cues.yaml ``context.locals``: a name right before
one is a local name, and a reading of it abroad, in an article about another country, is not
the place meant (`place_locals.local_named`, as for "al-Hamidiyeh village")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import places_on

DAY = date(2016, 10, 4)  # a Tuesday


_places = places_on(DAY, "en")


@pytest.mark.parametrize("text, abroad", [
    ("Coalition jets struck the al-Abbas bridge on Monday, activists in Deir Ezzor said.", "Fort Abbas"),
    ("The US said its aircraft bombed the al-Rashid bridge near Deir Ezzor on Sunday.", "Rosetta"),
    ("A US air strike hit the Abbas bridge near Mayadin on Sunday.", "Fort Abbas"),
    ("Jets of the coalition bombed the al-Rashid bridges over the Euphrates on Sunday, activists in "
     "Raqqa said.", "Rosetta"),
])
def test_a_bridge_named_after_a_man_is_no_town_abroad(text, abroad):
    places = _places(text)
    assert places and abroad not in places, places


def test_a_bridge_named_after_its_syrian_town_keeps_the_town():
    """Guard: "the Mayadin bridge in eastern Syria" is at Mayadin (passes on the base)."""
    places = _places("Coalition jets destroyed the Mayadin bridge in eastern Syria on Monday.")
    assert places == ["Al-Mayadin"], places
