"""A capital before "regime" or "government" names the rulers, not the city: "Russia launched air
strikes in support of the Damascus regime in September" placed the strikes in Damascus. A
country or capital right before a word for its rulers (cues.yaml ``context.verbs_after``:
regime, government, authorities, administration) is used as an adjective is ("the Syrian
regime"): no place of any event — the event keeps the places the sentence names."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Russia launched air strikes in support of the Damascus regime in September.",
    "Russian jets bombed rebel positions in support of the Damascus regime on Monday.",
])
def test_the_capital_of_the_rulers_is_no_place(text):
    assert "Damascus" not in _places(text)


def test_the_headline_country_of_the_regime_is_no_place():
    """"Syria regime advances on rebels in Aleppo": the country names the regime; the place
    is Aleppo."""
    assert _places("Syria regime advances on rebels in Aleppo") == ["Aleppo"]


def test_a_city_the_government_sends_troops_to_stays():
    """Guard: the city after a preposition is a place ("sent troops to Damascus")."""
    assert _places("The Syrian government sent troops to Damascus on Monday.") == ["Damascus"]
