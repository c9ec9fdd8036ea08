"""A verb after "to" is an aim even with a word of manner between: "a pretext for Russia to
carpet bomb civilian areas" was an air strike told, and so was "used the ceasefire to further
bomb the villages". The purpose word may stand one word of en/triggers.yaml ``purpose.adverbs``
(carpet, further, also, again, indiscriminately, heavily…) before its verb
(`triggers._aimed`); after a verb of starting or forcing ("began to heavily shell") the deed is
still done."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 10, 11)  # a Tuesday
STRIKES = {"airstrike", "shelling", "bombardment"}


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Opposition activists say the jihadists serve as a pretext for Moscow to carpet bomb the "
    "eastern districts of Aleppo.",
    "Residents say the regime used the lull to further bomb the villages of Hama.",
    "The rebels say the lull gave the army time to indiscriminately bomb the town of Daraya.",
    "The talks were a cover for the jets to again pound the hospitals of Idlib, the "
    "opposition said.",
])
def test_a_verb_after_to_and_a_word_of_manner_is_an_aim(text):
    assert not STRIKES & set(_types(text)), _types(text)


def test_a_deed_begun_is_done():
    """Guard: after "began to" the shelling happened, a word of manner between or not."""
    assert _types("The army began to heavily shell the villages of Hama on Monday.") == ["shelling"]
