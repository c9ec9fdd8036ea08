"""A generic word for armed men before "of" and a group's own name names the group's men: "the
terrorists of the so-called Jaish al-Islam", "jihadists of the Islamic State". Each was read as
two sides, the generic militants and the group, which took opposite parts ("the army targeted
gatherings of the terrorists of Jaish al-Islam" hit the terrorists and made the group the
striker) and made a shelling by one of them a clash between both. A name of an en/actors.yaml
``group_men`` actor, one of ``men_of.links`` and any of its ``fillers`` right before an armed
group's own name is one mention of the group (`actors_group_men._men_of_group`), as the group's name
before the generic word is (`actors_group_men.group_men`); so is a generic word in apposition right
before the name ("the terrorist group Jaysh al-Islam", "the jihadist group Ahrar al-Sham"),
which had made the group the side hit of its own bombardment."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday
GENERIC = "Militants (unspecified)"


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, group", [
    ("Army units destroyed gatherings of the terrorists of the so-called Faylaq al-Rahman in "
     "Zamalka on Monday, killing 14.", "Faylaq al-Rahman"),
    ("The air force struck positions of the jihadists of the Islamic State near the town of "
     "Sukhnah on Monday, killing nine.", "Islamic State"),
    ("An army unit ambushed a group of terrorists of Jabhat al-Nusra near the town of Kafr "
     "Nabouda on Monday, killing nine.", "Hayat Tahrir al-Sham"),
])
def test_the_group_whose_men_were_hit_is_hit(text, group):
    sides = _sides(text)
    assert sides and all(s.get(group) != "actor1" for s in sides), sides
    assert any(s.get(group) == "actor2" and "Militants (unspecified)" not in s for s in sides), sides


def test_the_group_whose_men_fired_shelled():
    text = ("Terrorists of the so-called Jaish al-Islam fired mortar shells on the Bab Touma "
            "neighbourhood of Damascus on Monday, injuring five civilians.")
    sides = _sides(text)
    assert any(s.get("Jaysh al-Islam") == "actor1" and "Militants (unspecified)" not in s
               for s in sides), sides
    assert "clash" not in _types(text)


@pytest.mark.parametrize("text, group", [
    ("Mortar rounds killed four people in Damascus on Thursday in a bombardment by terrorist "
     "group Faylaq al-Rahman.", "Faylaq al-Rahman"),
    ("The jihadist group Ahrar al-Sham shelled the town of Mhardeh on Thursday, killing five.",
     "Ahrar al-Sham"),
])
def test_the_group_named_in_apposition_acts(text, group):
    sides = _sides(text)
    assert any(s.get(group) == "actor1" and GENERIC not in s for s in sides), sides


@pytest.mark.parametrize("text, group", [
    ("The Islamic State (IS) terrorist group shelled the town of Qamishli on Monday, killing four.",
     "Islamic State"),
    ("Terrorist groups affiliated to Jabhat al-Nusra fired mortar shells on the town of Mhardeh "
     "on Monday, killing four.", "Hayat Tahrir al-Sham"),
])
def test_the_group_named_in_a_parenthesis_or_after_affiliated_acts(text, group):
    """(The parenthesis is read by `actors_group_men.group_men`, "affiliated to" by `men_of.links`.)"""
    sides = _sides(text)
    assert any(s.get(group) == "actor1" and GENERIC not in s for s in sides), sides


def test_the_group_named_before_its_men():
    """Guard: "Jaish al-Islam terrorists shelled" — the name before the generic word is the
    group's men already (passes on the base)."""
    sides = _sides("Jaish al-Islam terrorists shelled the Abbasiyin area of Damascus on Monday, "
                   "killing two civilians.")
    assert any(s.get("Jaysh al-Islam") == "actor1" for s in sides), sides
