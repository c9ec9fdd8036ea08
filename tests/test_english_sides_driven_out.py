"""A side right after a verb of compelling was driven, not the driver. "Heavy shelling forced the
Free Syrian Army out of the town" made the FSA the shelling side: the shelling is a noun subject,
and the only side named, after "forced", was read as its author. A side right after one of
en/roles.yaml ``compelled.verbs`` (an article between) is whom the blow drove — hit
(`role_struck.compelled`, the English reading beside the Arabic noun of compelling and its ل)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, driven", [
    ("Heavy shelling forced the Free Syrian Army out of the town of Kafr Shams on Monday.",
     "Free Syrian Army"),
    ("Fierce shelling had forced the rebels from the village of Kinsabba by Monday evening.",
     "Rebels (unspecified)"),
    ("Two weeks of air strikes drove the Nusra Front out of the town of Morek on Monday.",
     "Hayat Tahrir al-Sham"),
])
def test_the_side_driven_out_is_hit(text, driven):
    sides = _sides(text)
    assert sides and all(s.get(driven) != "actor1" for s in sides), sides
    assert any(s.get(driven) == "actor2" for s in sides), sides


def test_the_side_that_drives_others_out_acts():
    """Guard: "rebels drove the army out" — the rebels took the town (passes on the base)."""
    sides = _sides("Rebels drove the army out of the town of Jisr al-Shughur on Monday.")
    assert any(s.get("Rebels (unspecified)") == "actor1" and s.get("Syrian Arab Army") == "actor2"
               for s in sides), sides


def test_forces_as_a_noun_drives_nobody():
    """Guard: "Kurdish-led forces kill 35 militants" — "forces" is a noun, the Kurds act (passes
    on the base)."""
    sides = _sides("Kurdish-led forces kill 35 IS militants near the town of Tabqa.")
    assert any(s.get("Islamic State") == "actor2" for s in sides), sides
    assert not any(s.get("Islamic State") == "actor1" for s in sides), sides
