"""A capital that backs a side is its patron, not a place where it fights. "مسلحون ينتمون إلى
فصائل تساندها طهران استعادوا السيطرة على بعض المناطق" placed the recapture in Tehran. A verb of
backing or supporting with the side as its pronoun object, right before the capital
("تساندها", "يؤيدهم", "ترعاها"; cues.yaml ``context.actor_before``, beside "تدعمها",
"دربتهم"), makes the capital an actor (`place_actors`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="ar")]


@pytest.mark.parametrize("text, capital", [
    ("وتمكنت القوات بدعم من مسلحين ينتمون إلى فصائل تساندها طهران من استعادة السيطرة على "
     "بعض المناطق أمس.", "Tehran"),
    ("وهاجم مسلحون من جماعة يساندها الخرطوم عدة قرى أمس.", "Khartoum"),
])
def test_a_backing_capital_is_no_place_of_the_deed(text, capital):
    assert capital not in _places(text)


def test_a_capital_struck_is_a_place():
    """Guard: a capital where shells fell is the place."""
    assert _places("سقطت قذائف على أحياء في دمشق أمس.") == ["Damascus"]
