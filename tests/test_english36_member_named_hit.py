"""A side named right after a result word and right before a word of its men names the man who
died: "a drone strike killed a senior Nusra Front commander" made the Nusra Front the striker
(a count before the name was needed: "killed 12 IS fighters"). Only words of en/roles.yaml
``member_named_before`` (articles, "senior", "top" …) may stand between the result word and the
name, and one of ``passive_members`` must follow it (`role_possessors.member_named`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, side", [
    ("A drone strike killed a senior Nusra Front commander in the town of Sarmada on Monday.",
     "Hayat Tahrir al-Sham"),
    ("An air raid on Monday killed the IS commander of the town of Tabqa.", "Islamic State"),
    ("A roadside bomb killed a prominent Ahrar al-Sham leader in the town of Binnish on Monday.",
     "Ahrar al-Sham"),
])
def test_the_side_of_the_man_killed_was_hit(text, side):
    found = _roles(text)
    assert found and all(r.get(side) == "actor2" for r in found), found


def test_the_killers_named_before_the_verb_stay_the_killers():
    """Guard: "Rebels killed a Hezbollah commander" — the rebels killed, Hezbollah was hit
    (passes on the base)."""
    found = _roles("Rebels killed a Hezbollah commander near the town of Zabadani on Monday.")
    assert found and found[0].get("Rebels (unspecified)") == "actor1", found
    assert found[0].get("Hezbollah") == "actor2", found
