"""A bombing named after the crowded place it hit ("School bombing kills 30 children", "a bus
bombing", "market bombing") is a bomb set there — an attack, no air raid, though "to bomb" is
an air word (en/triggers.yaml attack nouns). As an air strike a headline's bombing stood apart
from the car bombs its body tells; as an attack it is that event."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 3, 1)  # a Tuesday


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(text, published=DAY, language="en")]


def test_market_bombing_headline():
    assert _kinds("Market bombing kills 12 in Iraq") == [("attack", "Iraq")]


def test_school_bombing_headline_is_its_body_event():  # guard
    assert _kinds("School bombing kills 25 children in Syria\n\nTwo car bombs exploded outside "
                  "a primary school in the city of Homs on Tuesday killing 25 children.") == [
        ("attack", "Homs")]


def test_a_bombing_by_jets_stays_an_air_strike():  # guard
    assert _kinds("The bombing of Maarat al-Numan by regime jets killed 12 people on "
                  "Tuesday.") == [("airstrike", "Maarat al-Numan")]


def test_bomb_explosions_are_an_attack():
    # ("bomb explosion" beside "bomb blast", "bomb attack": the noun, not the verb "to bomb")
    assert _kinds("At least 20 people were killed on Monday in two bomb explosions that rocked "
                  "a residential neighbourhood in the city of Homs.") == [("attack", "Homs")]
