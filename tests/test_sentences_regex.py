"""Sentence ends are found by a regex written to start with one character class (so the engine
skips to candidate characters); it finds exactly what the plain form of the rule finds."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from events.extract.sentences import _END
from tests.fuzz_strategies import FUZZ, event_text, newsy_text

# The rule as first written: a run of . ! ? ؟ ؛ not followed by a digit, or not preceded by
# one (then any closing quotes); or a run of line breaks.
PLAIN = re.compile(r"(?:[.!?؟؛]+(?!\d)|(?<!\d)[.!?؟؛]+)[\"']*|\n+")

tricky = st.text(alphabet="..!?؟؛\n\"'5a ٥", max_size=30)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@FUZZ
@given(text=st.one_of(tricky, newsy_text, event_text(), st.text(max_size=60)))
def test_sentence_ends_are_those_of_the_plain_rule(text):
    assert _spans(_END, text) == _spans(PLAIN, text)


def test_edge_cases():
    for text in ("3.5", "a.5", "..5", "5..a", ".", "\n\n.", "x.\"'", "؟؟5", "1؛2", "a..", "5.\n",
                 ".'\"5", "7!..8", "!5", "", "\n"):
        assert _spans(_END, text) == _spans(PLAIN, text), text
