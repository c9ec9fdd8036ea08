"""A side whose site was hit was hit. "A car bomb exploded near the headquarters of the Syrian army"
made the army the bomber: the only side named, with no cue of a target ("near"), was taken as the
author. A side after one of en/roles.yaml ``facilities.links`` (of; an article between) right
after one of ``facilities.words`` (headquarters, base, checkpoint, positions …) owns the site hit
— the side hit (`role_struck.facility_owner`); not a site fire came from ("shells fired from
positions of the army")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, owner", [
    ("A car bomb exploded near the headquarters of the Syrian army in Hama on Monday, killing "
     "five people.", "Syrian Arab Army"),
    ("A suicide bomber blew himself up at a checkpoint of the Kurdish YPG in Qamishli on Monday, "
     "killing four people.", "People's Protection Units"),
    ("A roadside bomb went off outside a base of the Nusra Front in Idlib on Monday, killing "
     "seven people.", "Hayat Tahrir al-Sham"),
])
def test_the_owner_of_the_site_hit_is_hit(text, owner):
    sides = _sides(text)
    assert sides and all(s.get(owner) != "actor1" for s in sides), sides
    assert any(s.get(owner) == "actor2" for s in sides), sides


def test_fire_from_a_sides_positions_is_its_own():
    """Guard: "shells fired from positions of the Syrian army" were the army's (passes on the
    base)."""
    sides = _sides("Shells fired from positions of the Syrian army hit the town of Douma on "
                   "Monday, killing five people.")
    assert any(s.get("Syrian Arab Army") == "actor1" for s in sides), sides


def test_a_branch_of_a_group_is_no_site():
    """Guard: "the Nusra Front, the Syrian branch of Al-Qaeda" names no site (passes on the
    base)."""
    sides = _sides("Fighters of the Nusra Front the Syrian branch of Al-Qaeda stormed the village "
                   "of Kinsabba on Monday.")
    assert not any(s.get("Al-Qaeda") == "actor2" for s in sides), sides
