"""Speed without changing what is found (the thirtieth session's speed pass): each matcher's
`PhraseMatcher.starts` picks its tokens from the shared pool by its own bit instead of a probe
of its heads per token. The probe (`PhraseMatcher.may_start`) was the specification; since
the thirty-first session the bits are read with the next word, and `may_start_at` is
(`tests/test_speed_shortcuts_31.py`):

* a word's `text.phrases.start_bits` has a matcher's bit exactly when that matcher may start a
  phrase at the word (this test reads the new function, so it fails before the change);
* guards (they pass before the change too, where `Doc` took no start bits): in a `Doc` made
  as `extract` makes it (the bits from the pre-gate's cache), every matcher's `starts`, over
  the whole text and over any range, is the walk of `may_start`; a matcher made or grown after
  the bits were read — also with heads that other matchers hold already, which leaves the set
  of all heads as it was — is not missed, on the tokens already seeded nor on the next article.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.extract import pregate
from events.extract.actor_registry import registry
from events.extract.doc import Doc
from events.extract.trigger_words import trigger_lexicon
from geo.gazetteer import Gazetteer
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize, phrases
from text.normalize import split_words
from text.phrases import PhraseMatcher

TEXTS = (
    ("ar", "قصفت مدفعية الجيش مواقع للمسلحين شرق بلدة الكرامة، وقتل 9 منهم وأصيب آخرون في "
           "اشتباكات تواصلت حتى فجر السبت قرب محافظة إدلب."),
    ("ar", "وبالرقة أعلنت فصائل المعارضة بدء معركة جديدة، فيما تقدم عناصر التنظيم نحو تل أبيض."),
    ("en", "Government helicopters dropped barrels on two villages near Hama on Friday, and "
           "rebels of the Free Syrian Army shelled an army post, killing four soldiers."),
)


def _matchers(language: str) -> list[PhraseMatcher]:
    return [trigger_lexicon(language).triggers, registry(language).matcher,
            Gazetteer.default().matcher]


def _gated_doc(text: str, language: str) -> Doc:
    """A `Doc` as `extract` makes it: the pre-gate's flags, forms and start bits (the tree
    before this change had no start bits to hand over: its `Doc` is made without them)."""
    nt = normalize(text)
    pieces = split_words(nt.norm)
    entries = pregate.word_entries(pieces[1::2], language)
    bits = {"starts": pregate.starts_of(entries)} if hasattr(pregate, "starts_of") else {}
    return Doc(text, language=language, normalized=nt, pieces=pieces,
               flags=pregate.flags_of(entries, pieces[1::2], language),
               forms=pregate.forms_of(entries), heads_version=pregate.flags_version(language),
               **bits)


def _walk(matcher: PhraseMatcher, tokens: list, lo: int = 0, hi: int | None = None) -> list[int]:
    hi = len(tokens) if hi is None else min(hi, len(tokens))
    return [i for i in range(lo, hi) if matcher.may_start_at(tokens, i)]


@pytest.mark.parametrize("language,text", TEXTS)
def test_a_words_start_bits_are_the_matchers_that_may_start_there(language, text):
    doc = _gated_doc(text, language)
    for i, tok in enumerate(doc.tokens):  # (since the thirty-first session: read with the next word)
        bits, = phrases._resolve(doc.tokens, [i], [phrases.start_bits(tok.heads or tok.stems)])
        for m in _matchers(language):
            assert bool(bits & m._bit) == m.may_start_at(doc.tokens, i), (tok.key, m)


def _check_starts(text: str, language: str, lo: int = 0, width: int = 0) -> None:
    doc = _gated_doc(text, language)
    assert phrases._LAST[0] is doc.tokens  # seeded by the Doc
    for m in _matchers(language):
        assert m.starts(doc.tokens) == _walk(m, doc.tokens)
        assert m.starts(doc.tokens, lo, lo + width) == _walk(m, doc.tokens, lo, lo + width)
        assert m.starts(doc.tokens, lo) == _walk(m, doc.tokens, lo)


@pytest.mark.parametrize("language,text", TEXTS)
def test_starts_in_a_gated_doc_are_the_walk(language, text):
    for lo, width in ((0, 0), (0, 5), (3, 12), (10, 100)):
        _check_starts(text, language, lo, width)


@FUZZ
@given(text=st.one_of(newsy_text, event_text()), lo=st.integers(0, 12), width=st.integers(0, 30))
def test_starts_in_a_gated_doc_are_the_walk_on_fuzzed_text(text, lo, width):
    _check_starts(text, "ar", lo, width)
    _check_starts(text, "en", lo, width)


def test_a_matcher_made_with_heads_others_hold_is_not_missed():
    """Guard: its heads add nothing to the set of all heads, yet it starts where they are."""
    text = "قصفت الطائرات مواقع في المدينة ثم قصفت القرى المجاورة"
    doc = _gated_doc(text, "ar")
    assert phrases._LAST[0] is doc.tokens
    assert "قصفت" in trigger_lexicon("ar").triggers.index  # a head some matcher holds already
    late: PhraseMatcher[str] = PhraseMatcher()
    late.add("قصفت", "shelling")
    assert late.starts(doc.tokens) == _walk(late, doc.tokens) == [0, 6]
    assert late.starts(doc.tokens, 1, 9) == [6]
    again = _gated_doc(text, "ar")  # the next article: its bits are read with the new matcher
    assert late.starts(again.tokens) == [0, 6]
    grown: PhraseMatcher[str] = PhraseMatcher()
    assert grown.starts(again.tokens) == []
    assert "مدينه" in Gazetteer.default().matcher.index  # (المدينة, bare and normalised)
    grown.add("المدينة", "city")  # grown after the pass, with a head the gazetteer holds
    assert grown.starts(again.tokens) == _walk(grown, again.tokens) == [4]
