"""Speed without changing what is found (the thirty-third session's speed pass). Each shortcut
is checked against the path it replaces, written out here as the specification:

* `pregate.gate_flags` gives `word_flags`' flags and the positions of the words with some of
  the gate's flags, which `flags_pass` reads instead of a set of all the flags and a second
  pass over them: the same answer as without them;
* `language.detect` answers Arabic at once when the text's UTF-8 holds no byte a Latin
  letter starts with (`_no_latin`), and `normalize._unfold` skips its regex when no character
  of U+F000-U+FFFF is there: the answers of the regex scans they skip;
* `Doc.gap_has(a, b, marks)` is ``any(ch in doc.gap(a, b) for ch in marks)``, the gap cut once.

The tests of the new functions fail before the change (they do not exist there); the others
are guards ("guard: passes on the base"): the path they specify is the old one.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events import language
from events.extract import pregate
from events.extract.doc import Doc
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize
from text.normalize import _PRESENTATION_RE, _unfold, split_words

SNN = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "saudinewsnet"

# Latin letters of every kind `_LATIN` counts (ASCII, Latin-1, Extended-A and B, "ĸ" which has
# no capital), characters just outside it, Arabic, presentation forms, marks, a lone surrogate
_ODD = "AzÀÿĀĸɏɐɿʯ×÷ªºΩЖ中😀\ud800ﻻﺍ﷼ﹰ\ufeff\ufffd，"
odd_text = st.lists(st.one_of(st.sampled_from(list(_ODD)), st.sampled_from(["قصف", " ", "\n", "1"])),
                    max_size=30).map("".join)


def _detect_by_regex(text: str) -> str:
    """`detect` as it was: count the Latin letters with the regex, then the Arabic ones."""
    sample = text[:language._SAMPLE]
    latin = sum(map(len, language._LATIN.findall(sample)))
    if not latin:
        return language.DEFAULT
    arabic = 0
    for lo in range(0, len(sample), language._CHUNK):
        arabic += sum(map(len, language._ARABIC.findall(sample, lo, lo + language._CHUNK)))
        if arabic >= latin:
            return language.DEFAULT
    return "en"


def _unfold_by_regex(text: str) -> tuple[str, list[int]]:
    """`_unfold` as it was: the regex alone says whether there is a presentation form."""
    if not _PRESENTATION_RE.search(text):
        return text, []
    out: list[str] = []
    inserts: list[int] = []
    pos = length = 0
    for m in _PRESENTATION_RE.finditer(text):
        letters = unicodedata.normalize("NFKC", m.group())
        out += [text[pos:m.start()], letters]
        length += m.start() - pos
        inserts += range(length + 1, length + len(letters))
        length += len(letters)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), inserts


def test_no_latin_only_where_the_latin_regex_finds_none():
    for text in ["Reuters", "ĸ", "ɏ", "À", "ÿ", "قال «Daesh»", "Àب"]:
        assert language._no_latin(text) is False, text
    for text in ["قصف الطيران مواقع", "ª", "Ω", "\ud800", "ﻻ", "", "1999 - ،"]:
        assert language._no_latin(text) is True, text
    for text in ["ɐ", "ɿ"]:  # a lead byte shared with Latin letters: the regex decides
        assert language._no_latin(text) is False and language._LATIN.search(text) is None


@FUZZ
@given(text=st.one_of(odd_text, newsy_text, event_text()))
def test_detect_gives_what_the_regex_count_gives(text):
    """(Fails on the base only through `_no_latin`, which it also checks.)"""
    assert not language._no_latin(text) or language._LATIN.search(text) is None
    assert language.detect(text) == _detect_by_regex(text)


@FUZZ
@given(text=st.one_of(odd_text, newsy_text))
def test_unfold_gives_what_the_regex_alone_gives(text):
    """Guard: passes on the base (the regex alone is the base's path)."""
    assert _unfold(text) == _unfold_by_regex(text)


def test_unfold_still_unfolds_presentation_forms():
    """Guard: passes on the base."""
    assert _unfold("اﻷمن") == _unfold_by_regex("اﻷمن") and _unfold("اﻷمن")[0] != "اﻷمن"
    assert normalize("ﺍﻟﺤﻮﺛﻲ").norm == normalize("الحوثي").norm


def _flags_both_ways(text: str, lang: str) -> None:
    words = split_words(normalize(text).norm)[1::2]
    entries = pregate.word_entries(words, lang)
    flags, flagged = pregate.gate_flags(entries, words, lang)
    assert flags == pregate.word_flags(words, lang) == pregate.flags_of(entries, words, lang)
    with_bits = [i for i, f in enumerate(flags) if f & pregate.GATE_BITS]
    assert set(with_bits) <= set(flagged) and flagged == sorted(set(flagged))
    assert pregate.flags_pass(flags, words, lang, flagged) == pregate.flags_pass(flags, words, lang)


@FUZZ
@given(text=st.one_of(newsy_text, event_text()))
def test_gate_flags_hand_flags_pass_every_word_with_a_gate_flag(text):
    _flags_both_ways(text, "ar")
    _flags_both_ways(text, "en")


def test_gate_flags_on_sentences_of_our_own():
    for text, lang in [("قصفت الطائرات الروسية مواقع للمعارضة", "ar"),
                       ("وقال رئيس الوزراء إن الحكومة ستدرس الاتفاق", "ar"),
                       ("ارتفع سعر النفط إلى 50 دولارا", "ar"),
                       ("طائرات حربية روسية تقصف ريف حلب", "ar"),
                       ("US and British special forces raided a compound", "en"),
                       ("Three people were killed in the blast", "en")]:
        _flags_both_ways(text, lang)


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_gate_flags_on_real_articles():
    from events.extract.bench import corpus_articles

    for _, text, _ in corpus_articles(SNN, 300):
        _flags_both_ways(text, language.detect(text))


_MARK_STRINGS = [",.;:", "،,", ".،,;؛:", "،,.;؛:\n", ".;", ",;:،؛", "\""]


@FUZZ
@given(text=st.one_of(newsy_text, event_text()))
def test_gap_has_is_the_test_of_each_mark_in_the_gap(text):
    doc = Doc(text, language="ar")
    n = len(doc.tokens)
    for a in range(n):
        for b in range(a, min(n, a + 6)):
            for marks in _MARK_STRINGS:
                assert doc.gap_has(a, b, marks) == any(ch in doc.gap(a, b) for ch in marks)


def test_gap_has_on_sentences_of_our_own():
    doc = Doc("قصفت الطائرات، مواقع التنظيم.\nوقال: إن «القصف» مستمر", language="ar")
    gaps = {k: doc.gap(k, k + 1) for k in range(len(doc.tokens) - 1)}
    assert [k for k in gaps if doc.gap_has(k, k + 1, "،,")] == [1]
    assert [k for k in gaps if doc.gap_has(k, k + 1, "\n")] == [3]
    assert [k for k in gaps if doc.gap_has(k, k + 1, ".;:")] == [3, 4]
    assert doc.gap_has(0, 4, "،") and not doc.gap_has(0, 1, ",.;:،؛")
    assert [k for k in gaps if doc.gap_has(k, k + 1, '"')] == [5, 6]
    assert re.sub(r"\s", "", doc.gap(5, 6)) == '"'
