"""Speed without changing what is found (the thirty-first session's speed pass): a word that
only opens longer phrases of a matcher ("في" of "في حين", a first name of a place) is not one
of that matcher's `PhraseMatcher.starts` where the next word is none of their second words —
`match_at` fails there on the second word, and was asked 1.2 million times over SaudiNewsNet
for nothing. `PhraseMatcher.may_start_at` (the heads of the word, the key of the next) is the
specification of `starts`; the walks of `test_prefilters.py` check that `find` and `scan`
give what they gave.

The tests fail before the change (`starts` picked every token with a head; a matcher's
second words were not read) but three guards that pass before it too: every token `match_at`
finds a phrase at is one of `starts`, on fuzzed text and on real articles; and
`Doc.punctuated`, which now cuts each gap between two tokens once, is the test of each mark.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.extract import pregate
from events.extract.actor_registry import registry
from events.extract.clauses import clause_lexicon
from events.extract.doc import Doc
from events.extract.trigger_words import trigger_lexicon
from geo.gazetteer import Gazetteer
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize, phrases, tokenize
from text.normalize import split_words
from text.phrases import PhraseMatcher


def _tokens(text: str) -> list:
    return tokenize(normalize(text).norm)


def _gated_doc(text: str, language: str = "ar") -> Doc:
    """A `Doc` as `extract` makes it: the pool seeded from the pre-gate's cache."""
    nt = normalize(text)
    pieces = split_words(nt.norm)
    entries = pregate.word_entries(pieces[1::2], language)
    return Doc(text, language=language, normalized=nt, pieces=pieces,
               flags=pregate.flags_of(entries, pieces[1::2], language),
               forms=pregate.forms_of(entries), starts=pregate.starts_of(entries),
               heads_version=pregate.flags_version(language))


def test_a_word_that_only_opens_longer_phrases_starts_only_before_their_second_word():
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("في حين", "while")
    m.add("في أعقاب", "after")
    tokens = _tokens("جلس في البيت في حين خرج أخوه في أعقاب العاصفة")
    assert m.starts(tokens) == [3, 7]
    assert m.starts(tokens, 4) == [7] and m.starts(tokens, 0, 3) == []
    doc = _gated_doc("جلس في البيت في حين خرج أخوه في أعقاب العاصفة")  # the pool from the cache
    assert m.starts(doc.tokens) == [3, 7]


def test_each_matcher_reads_its_own_phrases_under_a_shared_head():
    """One matcher with "من" alone, another with "من جهة" only: the first starts at every
    "من", the second only before "جهة"."""
    alone: PhraseMatcher[str] = PhraseMatcher()
    alone.add("من", "from")
    longer: PhraseMatcher[str] = PhraseMatcher()
    longer.add("من جهة", "on one hand")
    tokens = _tokens("خرجوا من المدينة، من جهة أخرى عادوا من حيث أتوا")
    assert alone.starts(tokens) == [1, 3, 7]
    assert longer.starts(tokens) == [3]


def test_the_last_word_starts_only_one_word_phrases():
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("قرب مدينة", "near a city")
    tokens = _tokens("وقع الانفجار قرب")
    assert m.starts(tokens) == [] and not m.may_start_at(tokens, 2)
    m.add("قرب", "near")
    assert m.starts(tokens) == [2]


def test_a_two_letter_head_with_its_proclitic_reads_the_second_word():
    """"وتل أبيض": the spelling with a proclitic is read under the head's longer phrases."""
    index = {"تل": [(("ابيض",), "Tell Abyad", False)], "قرب": [((), "near", False)]}
    m = PhraseMatcher.from_index(index, 2, clitic_heads=True)
    assert m.starts(_tokens("قصفت الطائرات وتل أبيض")) == [2]
    assert m.match_at(normalize("وتل أبيض").norm, _tokens("وتل أبيض"), 0) is not None
    assert m.starts(_tokens("وتل كبير قرب القرية")) == [2]


def test_a_second_word_added_after_the_pool_is_not_missed():
    """A matcher grown with a new second word under a head it holds already (and other
    matchers hold) makes the pool again, on the seeded tokens and on the next article."""
    text = "وصل الوفد في أثناء الليل ثم غادر في الصباح"
    late: PhraseMatcher[str] = PhraseMatcher()
    late.add("في الصباح", "morning")
    doc = _gated_doc(text)
    assert late.starts(doc.tokens) == [7]
    late.add("في أثناء", "during")
    assert late.starts(doc.tokens) == [2, 7]
    assert late.starts(_gated_doc(text).tokens) == [2, 7]


def _matchers(language: str) -> list[PhraseMatcher]:
    lex = trigger_lexicon(language)
    out = [lex.triggers, lex.modality, registry(language).matcher, Gazetteer.default().matcher]
    return out + [clause_lexicon(language).openers]


def _found_at_starts(text: str, language: str, walk: bool) -> None:
    """Every token where `match_at` finds a phrase (of those a phrase may start at, word by
    word) is one of `starts`; with ``walk``, `starts` is the walk of `may_start_at`."""
    doc = _gated_doc(text, language)
    for m in _matchers(language):
        starts = m.starts(doc.tokens)
        if walk:
            assert starts == [i for i in range(len(doc.tokens)) if m.may_start_at(doc.tokens, i)]
        found = [i for i in range(len(doc.tokens)) if m.may_start(doc.tokens[i])
                 and m.match_at(doc.norm, doc.tokens, i) is not None]
        assert set(found) <= set(starts), (m, sorted(set(found) - set(starts)))


@FUZZ
@given(text=st.one_of(newsy_text, event_text()))
def test_starts_are_the_walk_of_may_start_at(text):
    _found_at_starts(text, "ar", walk=True)
    _found_at_starts(text, "en", walk=True)


@FUZZ
@given(text=st.one_of(newsy_text, event_text()))
def test_every_phrase_match_at_finds_starts_at_a_token_of_starts(text):
    """Guard: no token where a phrase is found is left out of `starts`."""
    _found_at_starts(text, "ar", walk=False)
    _found_at_starts(text, "en", walk=False)


SNN = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "saudinewsnet"


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_every_phrase_match_at_finds_in_real_articles_starts_at_a_token_of_starts():
    """Guard, as above, over the first 150 SaudiNewsNet articles."""
    from events.extract.bench import corpus_articles

    for _, text, _ in corpus_articles(SNN, 150):
        _found_at_starts(text, "ar", walk=False)


_MARKS = ",.;:،؛"


@FUZZ
@given(text=st.one_of(newsy_text, event_text()))
def test_punctuated_is_the_test_of_each_mark_in_each_gap(text):
    """Guard: `Doc.punctuated` cuts each gap once; the test of each mark in each gap (as it
    was written) is the specification."""
    doc = _gated_doc(text)
    n = len(doc.tokens)
    for a in range(n):
        for b in range(a, min(n, a + 12)):
            walk = any(ch in doc.gap(j, j + 1) for j in range(a, b) for ch in _MARKS)
            assert doc.punctuated(a, b) == walk, (a, b)
