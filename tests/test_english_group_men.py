"""A group's name before the press's generic word for armed men names the group's men. "Dozens
of Jaysh al-Fateh terrorists were killed" made the Army of Conquest the killer and a generic
"Militants (unspecified)" the side hit: "terrorists" alone is that generic actor, and only a few
"X terrorists" were aliases. A name of a generic actor of en/actors.yaml ``group_men`` (by id:
"terrorists", "jihadists", "Takfiri terrorists" are "Militants (unspecified)") right after an
armed group's own name, a space between, joins that name's mention (`actors_group_men.group_men`), as
"Ahrar al-Sham fighters" already is one side."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, group", [
    ("Dozens of Jaysh al-Fateh terrorists were killed near the village of Khalsa on Monday.",
     "Jaysh al-Fateh"),
    ("Twelve Ahrar al-Sham jihadists were killed in an army ambush near Morek on Monday.",
     "Ahrar al-Sham"),
    ("Army units killed scores of Jaish al-Islam terrorists in the town of Douma on Monday.",
     "Jaysh al-Islam"),
    ("Army units killed twenty Nusra Front Takfiri terrorists near the town of Morek on Monday.",
     "Hayat Tahrir al-Sham"),
])
def test_the_groups_men_killed_are_the_group_hit(text, group):
    sides = _sides(text)
    assert any(s.get(group) == "actor2" for s in sides), sides
    assert not any("Militants (unspecified)" in s for s in sides), sides


@pytest.mark.parametrize("text, group", [
    ("Jaish al-Islam terrorists fired rocket shells at the Adawi district of Damascus on Monday, "
     "wounding four people.", "Jaysh al-Islam"),
    ("Faylaq al-Rahman extremists shelled the town of Jaramana on Monday, killing two women.",
     "Faylaq al-Rahman"),
])
def test_the_groups_men_who_fire_are_the_group(text, group):
    sides = _sides(text)
    assert any(s.get(group) == "actor1" for s in sides), sides
    assert not any("Militants (unspecified)" in s for s in sides), sides


def test_bare_terrorists_stay_the_generic_side():
    """Guard: "terrorists" with no group's name before them stay the generic militants
    (passes on the base)."""
    sides = _sides("The army killed twenty terrorists near the town of Morek on Monday.")
    assert any(s.get("Militants (unspecified)") == "actor2" for s in sides), sides


def test_a_listed_alias_is_unchanged():
    """Guard: "Nusra terrorists" is an alias of the Nusra Front already (passes on the base)."""
    sides = _sides("Nusra terrorists shelled the town of Mhardeh on Monday, killing three people.")
    assert any(s.get("Hayat Tahrir al-Sham") == "actor1" for s in sides), sides
