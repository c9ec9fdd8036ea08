"""A side that owns a media outlet speaks through it. "A military media unit run by Hezbollah said
a suicide attacker had detonated a car bomb" made Hezbollah the side hit ("run by" is a word of
holding: "areas run by the rebels") and, before that, the bomber (the "by" of an agent). An
outlet's word (en/roles.yaml ``spoken_for.outlets``) within three words before a word of
ownership and its link (``owned``, ``owned_links``: "run by", "affiliated with", "close to") make
the side after them the outlet's owner (`role_cues.owns_outlet`): no holder of ground, no author
by its "by", and no side of what the outlet tells unless its own words make it one ("… said its
fighters killed")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, owner", [
    ("A news agency run by the Islamic State said a car bomb killed five soldiers in Azaz on "
     "Monday.", "Islamic State"),
    ("A media office run by Hezbollah said a suicide bomber had detonated a car bomb near a "
     "checkpoint in Azaz on Monday.", "Hezbollah"),
    ("A war media unit run by Damascus ally Hezbollah said a suicide attacker detonated a car "
     "bomb near the Ramouseh bus depot in Aleppo on Saturday, killing six people.", "Hezbollah"),
    ("A television channel affiliated with the Kurdish YPG said a car bomb went off in the town "
     "of Qamishli on Monday, killing seven people.", "People's Protection Units"),
])
def test_the_outlets_owner_is_no_side(text, owner):
    sides = _sides(text)
    assert sides, sides
    assert not any(owner in s for s in sides), sides


def test_the_outlets_owner_is_the_author_by_its_own_words():
    """Guard: "… said its fighters killed 20 soldiers" — the owner's men did it (passes on the
    base)."""
    sides = _sides("The Amaq news agency linked to IS said its fighters killed 20 soldiers near "
                   "Palmyra on Monday.")
    assert any(s.get("Islamic State") == "actor1" for s in sides), sides


def test_areas_run_by_a_side_are_still_held():
    """Guard: "areas run by the rebels" is a holding — the rebels were hit (passes on the base)."""
    sides = _sides("Areas run by the rebels in Douma were hit by air strikes on Monday.")
    assert any(s.get("Rebels (unspecified)") == "actor2" for s in sides), sides
