"""Speed without changing what is found (the twenty-eighth session's speed pass): each shortcut
gives exactly what the path it replaced gives, written out here as its specification. These
are guards, not tests of new behaviour: they pass on the tree before the shortcuts too.

* the dateline's patterns are searched only in a head that holds four digits in a row (every
  full date's year) or, for the yearless ones, a bracket ("(Reuters)"): the answer is that of
  searching every head with every pattern;
* the token regex tries letters before figures: no character starts both alternatives, so the
  text is cut at the same words.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.extract import dateline
from tests.fuzz_strategies import FUZZ, newsy_text
from text import normalize
from text.normalize import _SPLIT_RE, _TOKEN_RE

HEADS = (
    "MOSCOW, June 1 (Reuters) - Russian jets struck Palmyra, held by the group since 2015.",
    "Published April 2 2017\nA car bomb killed 15 people in a market south of the capital.",
    "دمشق - 12 أيار (سانا) - قصفت الطائرات مواقع يسيطر عليها المسلحون منذ عام 2013.",
    "عدن - 2016-05-03: قتل ثلاثة جنود في هجوم على نقطة تفتيش.",
    "Last updated at Feb 022015 Beirut Syrian jets pounded rebel-held districts.",
    "القاهرة في 14/07/2015 قال مسؤول إن الهجوم وقع صباحا.",
    "Date of publication 19 June 2016 Clashes erupted near the border crossing (AFP).",
    "BEIRUT (AP) - Shelling hit the old city; no date stands at the head of this copy.",
    "قصفت المدفعية بلدة في الريف الغربي، ولا تاريخ في رأس هذا الخبر.",
    "",
)
FUZZ_ALPHABET = "0123456789 ()/-.,JuneMayأيار(سانا)"  # fuzzed heads: figures, brackets, months


def _every_pattern(text: str, language: str) -> tuple[date, int, int] | None:
    """`dateline._dateline` as it was: every pattern searched over every head."""
    head = normalize(text[:dateline.HEAD_CHARS]).norm
    pats = dateline._patterns(language)
    title = next((ln.strip() for ln in head.splitlines() if ln.strip()), "")
    found: list[tuple[int, int, date]] = []
    for rx in pats.dated:
        for m in rx.finditer(head):
            d = dateline._date_of(m, pats, m["y"])
            if d and dateline._is_dateline(head, m.start(), title, pats):
                found.append((m.start(), m.end(), d))
    if not found:
        for rx in pats.yearless:
            for m in rx.finditer(head):
                years = [int(y) for y in dateline._YEAR.findall(text)]
                d = dateline._date_of(m, pats, str(max(years))) if years else None
                if d and dateline._is_dateline(head, m.start(), title, pats):
                    found.append((m.start(), m.end(), d))
    if not found:
        return None
    start, end, d = min(found)
    return d, start, end


def _same_dateline(text: str) -> None:
    for language in ("ar", "en"):
        assert dateline._dateline.__wrapped__(text, language) == _every_pattern(text, language)


@pytest.mark.parametrize("text", HEADS)
def test_a_dateline_searched_only_where_a_year_or_bracket_stands_is_every_patterns_one(text):
    _same_dateline(text)


def test_the_heads_hold_datelines_of_every_kind():
    """The examples above are worth checking: most of them have a dateline to find."""
    found = [dateline._dateline.__wrapped__(t, "en" if t[:1].isascii() else "ar") for t in HEADS]
    assert sum(f is not None for f in found) >= 6


@FUZZ
@given(text=st.one_of(newsy_text, st.text(alphabet=FUZZ_ALPHABET, max_size=60)))
def test_a_dateline_on_fuzzed_heads_is_the_one_every_pattern_finds(text):
    _same_dateline(text)


_FIGURES_FIRST = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")  # the token regex as it was


def _same_words(text: str) -> None:
    assert _TOKEN_RE.findall(text) == _FIGURES_FIRST.findall(text)
    assert _SPLIT_RE.split(text) == re.split(f"({_FIGURES_FIRST.pattern})", text)


@pytest.mark.parametrize("text", (
    "قتل 1,000 شخص و٣٤ جنديا في 2015.", "abc123 x²y 3.5km 12,5,6 _under_score ⅷ 4a", "",
    "MOSCOW, June 1 (Reuters) - 15 killed", "ـ٢٠١٥/٧/٣ ﻻ"))
def test_letters_tried_first_cut_the_text_at_the_same_words(text):
    _same_words(text)
    _same_words(normalize(text).norm)


@FUZZ
@given(text=st.one_of(newsy_text, st.text(max_size=80)))
def test_letters_tried_first_cut_fuzzed_text_at_the_same_words(text):
    _same_words(text)
