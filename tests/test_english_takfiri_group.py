""""The Takfiri group" is "the group": the armed group named last. The Iranian and Syrian state
press call the jihadists "Takfiri"; "the Takfiri group kidnapped eight fighters from Division 30"
named no taker, and the only side left, the men taken, became the taker. en/actors.yaml
contextual "the group" takes "the takfiri group" and "the takfiri terrorist group" too."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_the_takfiri_group_is_the_group_named_before():
    sides = _sides("The Nusra Front stormed a checkpoint near Azaz on Sunday. On Monday the "
                   "Takfiri group kidnapped eight fighters from Division 30 in the village of "
                   "Tal Rifaat.")
    assert any(s.get("Hayat Tahrir al-Sham") == "actor1" and s.get("Division 30") == "actor2"
               for s in sides), sides
    assert not any(s.get("Division 30") == "actor1" for s in sides), sides


def test_the_takfiri_terrorist_group_is_the_group_named_before():
    sides = _sides("Jaish al-Islam shelled the Adawi district on Sunday. On Monday the Takfiri "
                   "terrorist group fired rockets at the town of Jaramana, killing two people.")
    assert any(s.get("Jaysh al-Islam") == "actor1" for s in sides), sides
    assert not any("Militants (unspecified)" in s for s in sides), sides
