"""A country glued by a hyphen to a word of backing or leading is the backer, never the place,
whatever stands before it: "barrel bombs on Turkey-backed opposition fighters" placed the air
strike in Turkey, and "jets struck Russia-backed forces" in Russia — a preposition of place or a
verb of striking before the name read it as where. "Moscow-backed", "US-led" had the reading
only without them; cues.yaml ``context.agent_after`` (backed, led, sponsored, supported, funded,
armed…) after a hyphen now wins first (`place_actors._glued_agent`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 10, 25)  # a Tuesday


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, country", [
    ("A government helicopter dropped barrel bombs on Turkey-backed opposition fighters near "
     "Marea on Monday.", "Turkey"),
    ("Rebel artillery shelled Iran-funded militiamen near the town of Nubl on Monday.", "Iran"),
    ("Rebels shelled Russia-backed tribal fighters near Sukhnah on Monday.", "Russia"),
    ("Two civilians died in clashes between Qatar-funded factions in the town of Saraqib on Monday.",
     "Qatar"),
])
def test_a_backer_glued_to_its_word_is_no_place(text, country):
    assert country not in _places(text), _places(text)


def test_a_backer_glued_without_a_preposition_stays_a_backer():
    """Guard: "Moscow-backed troops shelled …" was read so before."""
    assert _places("Moscow-backed troops shelled Tal Rifaat on Monday.") == ["Tal Rifaat"]
