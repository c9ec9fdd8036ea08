"""The side before "fighting X" is the subject of the verb after: "Rebels fighting the regime
seized the village of Kafr Nabuda" made the regime — the side named nearest before "seized" —
the capture's actor1, and "Syrian Kurds battling IS made fresh advances" IS's. The side right
after an -ing event word (an article between perhaps) is its object; the side right before
it, no comma between, is the subject of the sentence's verb (`role_subjects
.reduced_relative_subject`), and the side fought is acted on."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _roles(text: str, kind: str) -> list[tuple[str, str]]:
    ev = next(e for e in extract(text, published=DAY, language="en") if e.event_type == kind)
    return [(a.name, a.role) for a in ev.actors]


@pytest.mark.parametrize("text, kind, subject, fought", [
    ("Rebels fighting the regime seized the village of Kafr Nabuda on Monday.",
     "territory_change", "Rebels (unspecified)", "Syrian Arab Army"),
    ("Kurdish fighters battling IS made fresh advances near Tal Abyad on Sunday.",
     "movement", "Kurdish forces", "Islamic State"),
    ("Regime forces fighting the rebels captured the village of Zara on Friday.",
     "territory_change", "Syrian Arab Army", "Rebels (unspecified)"),
])
def test_the_side_before_the_participle_acts(text, kind, subject, fought):
    roles = _roles(text, kind)
    assert roles[0] == (subject, "actor1") and (fought, "actor2") in roles, roles


def test_a_side_after_a_comma_is_its_own_subject():
    """Guard: "The army, fighting IS, advanced into Palmyra": the army acts."""
    assert _roles("The army, fighting IS, advanced into Palmyra on Monday.", "movement")[0] == (
        "Syrian Arab Army", "actor1")


def test_the_object_of_the_main_verb_stays_its_object():
    """Guard: "Russian jets struck rebels fighting the army": the participle comes after the
    strike's object, which stays the side struck."""
    roles = _roles("Russian jets struck rebels fighting the army near Morek on Monday.", "airstrike")
    assert roles[:2] == [("Russian Aerospace Forces", "actor1"), ("Rebels (unspecified)", "actor2")]
