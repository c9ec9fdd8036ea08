"""A side that holds the place hit is hit, whatever words stand between "held by" and its name.
"Strikes on a town held by the Islamic State" made IS the side striking: the holding cue read
only a name right after "by". Up to en/roles.yaml ``holding.reach`` words may stand between — an
article, a descriptor, a country's possessive, the side's other name in apposition — but no
number, no clause break and no other side's name; a side joined by ``agent_joiners`` to a holder
holds too (`role_cues._held_past`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, side", [
    ("Warplanes bombed a bakery in a town held by the Islamic State on Monday, killing nine "
     "people.", "Islamic State"),
    ("Air raids on a market in a village controlled by the hardline Nusra Front killed eight "
     "civilians on Monday.", "Hayat Tahrir al-Sham"),
    ("Barrel bombs fell on a district controlled by Syria's rebels on Monday, killing four "
     "children.", "Rebels (unspecified)"),
    ("Jets struck a school in Saraqeb, which is held by an alliance of rebels, on Monday killing "
     "six pupils.", "Rebels (unspecified)"),
])
def test_the_holder_is_hit(text, side):
    sides = _sides(text)
    assert sides and all(s.get(side) != "actor1" for s in sides), sides
    assert any(s.get(side) == "actor2" for s in sides), sides


def test_sides_joined_to_a_holder_hold_too():
    sides = _sides("Air raids on a village held by Nusra and Ahrar al-Sham killed eleven people "
                   "on Monday.")
    assert sides and all(s.get("Ahrar al-Sham") != "actor1" for s in sides), sides
    assert any(s.get("Ahrar al-Sham") == "actor2" for s in sides), sides


def test_another_side_between_breaks_the_holding():
    """Guard: a side named after the holder acts (passes on the base)."""
    sides = _sides("The town was held by rebels until Syrian troops shelled it on Monday, "
                   "killing five fighters.")
    assert any(s.get("Syrian Arab Army") == "actor1" for s in sides), sides
