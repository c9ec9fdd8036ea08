"""Militants or gunmen "of the" group named next are that group's men. "Militants of the Nusra
Front attacked a checkpoint" kept the militants as a party of their own, the side hit beside
the Nusra Front: "of" had to stand right before the group's name, and English puts an article
between. en/actors.yaml ``unnamed.articles`` (the) may stand there for the militants and the
gunmen (`actor_context._no_party`); men of a place stay a party."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 22)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, group", [
    ("Militants of the Nusra Front stormed an army post near Morek on Sunday.", "Hayat Tahrir al-Sham"),
    ("Gunmen of the Nusra Front ambushed a patrol near Latamneh on Monday.", "Hayat Tahrir al-Sham"),
    ("Militants from the Islamic State group attacked a Kurdish checkpoint near Hasakeh on Sunday.",
     "Islamic State"),
])
def test_the_men_of_the_group_are_the_group(text, group):
    sides = _sides(text)
    assert any(s.get(group) == "actor1" for s in sides), sides
    assert all("Militants (unspecified)" not in s and "Unidentified armed group" not in s
               for s in sides), sides


def test_militants_from_a_town_stay_a_party():
    """Guard: militants of a place are no group's men (passes on the base)."""
    sides = _sides("Militants from the town of Saraqeb attacked an army checkpoint near Hama on Monday.")
    assert any(s.get("Militants (unspecified)") == "actor1" for s in sides), sides
