"""`PhraseMatcher.starts` tests only the tokens that some phrase of some matcher may start at
(one pass per token list, shared by every matcher): that pass must never hide a token a
matcher's own set test would pick, also for a matcher made or grown after it ran."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from events.extract.trigger_words import trigger_lexicon
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import PhraseMatcher, normalize, tokenize
from text.normalize import stem_positions


def _walk(matcher: PhraseMatcher, tokens: list, lo: int = 0, hi: int | None = None) -> list[int]:
    hi = len(tokens) if hi is None else min(hi, len(tokens))
    return [i for i in range(lo, hi) if matcher.may_start_at(tokens, i)]


@FUZZ
@given(text=st.one_of(newsy_text, event_text()), lo=st.integers(0, 12), width=st.integers(0, 30))
def test_starts_are_the_walk_over_any_range(text, lo, width):
    tokens = tokenize(normalize(text).norm)
    for language in ("ar", "en"):
        matcher = trigger_lexicon(language).triggers
        assert matcher.starts(tokens) == _walk(matcher, tokens)
        assert matcher.starts(tokens, lo, lo + width) == _walk(matcher, tokens, lo, lo + width)
        assert matcher.starts(tokens, lo) == _walk(matcher, tokens, lo)


def test_a_matcher_made_after_the_shared_pass_still_finds_its_words():
    tokens = tokenize(normalize("كلمة زرقاء نادرة جدا في نص قصير عن طقس غريب").norm)
    trigger_lexicon("ar").triggers.starts(tokens)  # the shared pass runs over these tokens
    late = PhraseMatcher()
    late.add("زرقاء نادرة", "colour")
    assert late.starts(tokens) == [1]
    grown = PhraseMatcher()
    assert grown.starts(tokens) == []
    grown.add("طقس", "weather")  # grown after a pass over the same tokens
    assert grown.starts(tokens) == [8]
    assert grown.starts(tokens, 2, 9) == [8] and grown.starts(tokens, 2, 8) == []


@FUZZ
@given(text=st.one_of(newsy_text, event_text()), stop=st.one_of(st.none(), st.integers(0, 40)))
def test_stem_positions_are_the_walk(text, stop):
    tokens = tokenize(normalize(text).norm)
    words = frozenset({"مدينه", "قريه", "city", "رقه", "في"})
    for w in (words, {w: 1 for w in words}.keys()):
        walk = [k for k, t in enumerate(tokens[:stop]) if not w.isdisjoint(t.stems)]
        assert stem_positions(tokens, w, stop) == walk
    assert stem_positions(tokens, words, len(tokens) - 1) == [
        k for k in range(len(tokens) - 1) if not words.isdisjoint(tokens[k].stems)]
    assert stem_positions([], words, -1) == []
