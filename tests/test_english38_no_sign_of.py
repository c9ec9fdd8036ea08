""""There was no sign yet of resumed bombardment", "no signs of an offensive": an event told as
not seen did not happen (en/triggers.yaml ``modality.cues.negated``: "no" alone reaches two
words only, and "sign yet of" stood between)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 11, 4)


def _events(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="en")]


def test_no_sign_of_resumed_bombardment_is_no_strike():
    assert _events("Activists said that by nightfall there was no sign yet of renewed aerial "
                   "bombardment of the eastern districts of Deir ez-Zor.") == []


def test_a_sign_of_bombardment_seen_is_told():
    """Guard: "jets resumed aerial bombardment" is told (passes on the base)."""
    assert _events("Activists said jets resumed aerial bombardment of the eastern districts of "
                   "Deir ez-Zor on Friday.") == ["airstrike"]
