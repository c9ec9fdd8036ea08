"""A side named after "anti-" is what the noun opposes, never who acts. "Rebels launched a major
anti-IS offensive" made IS the offensive's actor1 and the rebels its target: the name glued to
the prefix stood right before the event word, where English puts the subject. A side glued by a
hyphen after en/roles.yaml ``opposed_prefixes`` (anti) is the target of the event word right
after it, and no party at all before any other word ("anti-Assad rebels shelled the town":
the rebels did, Assad is no side of it) (`role_near.opposed`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 22)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, actor, opposed", [
    ("Rebel factions launched a large anti-IS offensive near Dabiq on Sunday.",
     "Rebels (unspecified)", "Islamic State"),
    ("Kurdish fighters began an anti-Daesh assault on the village of Tal Samin on Monday.",
     "Kurdish forces", "Islamic State"),
    ("Government troops launched an anti-Nusra operation near Hama on Monday.",
     "Syrian Arab Army", "Hayat Tahrir al-Sham"),
    ("Turkish forces began an anti-PKK offensive near Afrin on Monday.",
     "Turkish Armed Forces", "Kurdistan Workers' Party"),
])
def test_the_side_after_anti_is_the_target(text, actor, opposed):
    sides = _sides(text)
    assert any(s.get(actor) == "actor1" and s.get(opposed) == "actor2" for s in sides), sides


@pytest.mark.parametrize("text, actor, opposed", [
    ("Anti-Nusra rebels shelled the village of Kafr Nabl on Monday.",
     "Rebels (unspecified)", "Hayat Tahrir al-Sham"),
    ("Anti-IS Kurdish fighters stormed the village of Tal Samin on Monday.",
     "Kurdish forces", "Islamic State"),
])
def test_a_side_opposed_by_the_actors_is_no_party(text, actor, opposed):
    sides = _sides(text)
    assert any(s.get(actor) == "actor1" for s in sides), sides
    assert all(opposed not in s for s in sides), sides


def test_a_coalition_named_against_a_group_is_that_coalition():
    """Guard: "the anti-IS coalition" is the coalition's own name (passes on the base)."""
    sides = _sides("The anti-IS coalition bombed the village of Tal Samin on Monday.")
    assert any(s.get("US-led coalition") == "actor1" for s in sides), sides
