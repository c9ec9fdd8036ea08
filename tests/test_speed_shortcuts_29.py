"""Speed without changing what is found (the twenty-ninth session's speed pass): each shortcut
gives exactly what the path it replaced gives, written out here as its specification. These
are guards, not tests of new behaviour: they pass on the tree before the shortcuts too (where
a test reads a function the shortcut added, it says so).

* the pre-gate's word cache holds each word's forms (key, stems, heads) beside its flags, and
  the tokens of an article that passes are made from those forms: they are the tokens
  `tokenize` makes alone, and the flags are the ones `word_flags` gave;
* the token regex reads a run of letters as a run of Arabic letters (a range test) or any one
  letter, then any letters: the same maximal runs of letters as before, so the text is cut at
  the same words.
"""
from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.extract.doc import Doc
from tests.fuzz_strategies import FUZZ, newsy_text
from text import normalize
from text.normalize import _SPLIT_RE, _TOKEN_RE, split_words, tokenize, word_forms

pregate = importlib.import_module("events.extract.pregate")

ARTICLES = (
    "أغارت مقاتلات التحالف فجر الأحد على مخازن سلاح قرب مطار المدينة، وقال شهود إن 7 مسلحين "
    "قتلوا وأصيب 12 آخرون بينهم قائد ميداني.",
    "وفي سياق آخر، افتتح محافظ الإقليم معرضا للكتاب بحضور 300 زائر، واستعرض خطط التنمية.",
    "Militants stormed a checkpoint north of the town on Sunday; three soldiers were killed "
    "and the U.S.-led coalition struck back within hours.",
    "ﻻ تعليق من الجيش على القصف — «لم نتلقَّ بلاغاً» قال المتحدث، والاشتباكات مستمرة منذ 2014.",
    "",
)


def _entries_and_tokens(text: str, language: str) -> tuple[list[int], list]:
    norm = normalize(text).norm
    pieces = split_words(norm)
    words = pieces[1::2]
    entries = pregate.word_entries(words, language)
    return pregate.flags_of(entries, words, language), tokenize(norm, pieces,
                                                                 pregate.forms_of(entries))


def _same_as_alone(text: str) -> None:
    """Tokens from the cache's forms are `tokenize`'s own; flags are `word_flags`'s."""
    for language in ("ar", "en"):
        norm = normalize(text).norm
        words = split_words(norm)[1::2]
        flags, tokens = _entries_and_tokens(text, language)
        assert tokens == tokenize(norm)
        assert flags == pregate.word_flags(words, language)
        assert [(t.key, t.stems, t.heads) for t in tokens] == [word_forms(w) for w in words]


@pytest.mark.parametrize("text", ARTICLES)
def test_tokens_made_from_the_pregates_forms_are_the_tokens_made_alone(text):
    """(Reads `word_entries`, `flags_of` and `forms_of`, which this session added.)"""
    _same_as_alone(text)


@FUZZ
@given(text=st.one_of(newsy_text, st.text(max_size=80)))
def test_tokens_of_fuzzed_text_made_from_the_pregates_forms_are_the_tokens_made_alone(text):
    _same_as_alone(text)


def test_the_forms_are_right_after_the_cache_is_emptied(monkeypatch):
    """A cache too small for the article is emptied and filled again: the forms come back
    with the flags, for every word."""
    text = ARTICLES[0] + " " + ARTICLES[1]
    before = _entries_and_tokens(text, "ar")
    monkeypatch.setattr(pregate, "_FLAGS", {})
    monkeypatch.setattr(pregate, "_NEXT", {})
    monkeypatch.setattr(pregate, "FLAGS_MAX", 5)
    assert _entries_and_tokens(text, "ar") == before


@pytest.mark.parametrize("text", ARTICLES[:4])
def test_a_doc_given_the_forms_is_the_doc_made_from_its_text(text):
    norm = normalize(text)
    pieces = split_words(norm.norm)
    language = "en" if text[:1].isascii() else "ar"
    entries = pregate.word_entries(pieces[1::2], language)
    given_ = Doc(text, language=language, normalized=norm, pieces=pieces,
                 flags=pregate.flags_of(entries, pieces[1::2], language),
                 forms=pregate.forms_of(entries))
    alone = Doc(text, language=language)
    assert given_.tokens == alone.tokens
    assert given_.positions(pregate.DATE_START) == alone.positions(pregate.DATE_START)


_ANY_LETTER = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")  # the token regex as it was


def _same_words(text: str) -> None:
    assert _TOKEN_RE.findall(text) == _ANY_LETTER.findall(text)
    assert _SPLIT_RE.split(text) == re.split(f"({_ANY_LETTER.pattern})", text)


def test_every_character_of_the_arabic_range_is_a_letter_of_the_class():
    """The range the regex tries first holds only characters the letter class matches (tatweel
    and the rare letters U+063B–U+063F included): a run of them is a run of letters."""
    assert all(re.fullmatch(r"[^\W\d_]", chr(c)) for c in range(0x0621, 0x064B))


@pytest.mark.parametrize("text", ARTICLES + (
    "abcعربيxyz عربيabc ـتطويل ػؼ؟ 12أيار F16 ١٢٣ 3.5km _قصف_ ٢٠١٥م 1,000,000",
    "قصفَت ﻻ ﺍﻟﺤﻮﺛﻲ Ünal straße ǅemal ٰأ"))
def test_arabic_runs_tried_first_cut_the_text_at_the_same_words(text):
    _same_words(text)
    _same_words(normalize(text).norm)


@FUZZ
@given(text=st.one_of(newsy_text, st.text(max_size=80),
                      st.text(alphabet="\u0620\u0621\u063b\u0640\u064a\u064b\u0660a1_. ",
                              max_size=40)))
def test_arabic_runs_tried_first_cut_fuzzed_text_at_the_same_words(text):
    _same_words(text)
