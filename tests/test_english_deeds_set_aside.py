"""A deed set aside for another is no deed told: "the militia chose to negotiate with the army
instead of fighting it near Hama" was a clash at Hama, "it cooperates with Damascus rather than
fighting it" one at Damascus. "rather than" and "instead of" join en/triggers.yaml
``modality.cues.negated``: the event word within the negation's window after them did not
happen (`events.extract.triggers.find_modalities`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 6, 14)  # a Tuesday


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "The militia chose to negotiate with the army instead of fighting it near Hama on Monday.",
    "The Kurdish fighters kept to their positions near Aleppo on Sunday rather than fighting the rebels.",
    "Tribal gunmen handed their weapons to the army in Deir Ezzor on Monday instead of clashing with it.",
])
def test_a_deed_set_aside_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Rebels shelled the road near Hama on Monday instead of storming the town.", "shelling"),
    ("The air strike hit the hospital in Idlib on Monday rather than the base.", "airstrike"),
    ("Rather than retreating, government troops shelled rebel positions near Hama on Monday.", "shelling"),
])
def test_the_deed_done_instead_stays(text, kind):
    """Guard: the deed done in place of the other, and a strike that hit one target rather
    than another, still happened (passes on the base)."""
    assert (kind, "actual") in _events(text)
