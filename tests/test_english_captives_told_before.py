"""A captive or booty told before the verb that took it is no ground taken: "rebels killed a
pilot they captured" and "the militants burned the trucks that they seized" were changes of
territory, since what the verb took stands before it, in a relative clause without or with
"that". As for what stands after the verb (`not_ground`), a word of en/triggers.yaml
``not_ground.words`` right before the verb's subject pronoun (``not_ground.subjects``, a word
of ``not_ground.relatives`` between or none) leaves no territory change
(`trigger_objects.taken_before`). A side before the verb is its subject ("the soldiers that
captured the town") and a place taken stays ground."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Jihadists shot dead a pilot they captured near Taftanaz after his helicopter came down on Monday.",
    "The militants burned the trucks that they seized near Khanasir on Sunday.",
    "Rebels paraded three soldiers whom they captured in the countryside of Hama on Monday.",
    "The group executed a journalist it captured near Raqqa on Sunday.",
])
def test_a_captive_before_its_verb_is_no_ground_taken(text):
    assert "territory_change" not in _types(text), _types(text)


def test_a_town_taken_after_its_verb_is_still_ground():
    """Guard: the place is what the verb took (passes on the base)."""
    assert "territory_change" in _types("Islamist rebels captured the village of Zara near Hama on Monday.")


def test_a_town_told_before_its_verb_is_still_ground():
    """Guard: a place before the pronoun is no captive (passes on the base)."""
    assert "territory_change" in _types("The jihadists held the village they captured near Hama on Monday.")
