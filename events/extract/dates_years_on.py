"""Years on from a deed ("بعد 25 عاما على سقوط النظام", "70 عاما على أول هجوم نووي"): the deed
named right after the span is as old as the span says, counted back from publication — an
anniversary told by its length (dates.yaml ``years_on``), like the fixed phrases of
``anniversaries`` ("مرور عام كامل على", "الذكرى الثانية لـ").

Read by the candidates step (the deed is remembered, not told as the day's news) and by the
dating step (its date); not a pipeline step of its own.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from events import lexicon
from events.extract.doc import Doc
from events.extract.numbers import parse_at

TRIGGER_GAP = 2  # words from the link ("على") to the deed ("على أول هجوم", "على اندلاع الحرب")
COUNT_WORDS = 3  # the longest count before a unit, in words ("خمسة وعشرين")


@dataclass(frozen=True)
class YearsOnLexicon:
    units: dict[str, int]  # months per unit word; a dual counts its own two
    duals: frozenset[str]
    singles: frozenset[str]  # "عام", "سنة": a count of one, only after one of `leads`
    leads: frozenset[str]
    links: frozenset[str]
    not_after: frozenset[str]  # "بالسجن 10 سنوات على": a sentence served, no time since
    gap_words: frozenset[str]  # "على أول هجوم": words between the link and the deed


@functools.cache
def years_on_lexicon(language: str) -> YearsOnLexicon | None:
    data = lexicon.load("dates", language).get("years_on")
    if not data:
        return None
    return YearsOnLexicon(dict(data["units"]), frozenset(data.get("duals") or ()),
                          frozenset(data.get("singles") or ()), frozenset(data.get("leads") or ()),
                          frozenset(data["links"]), frozenset(data.get("not_after") or ()),
                          frozenset(data.get("gap_words") or ()))


@dataclass(frozen=True)
class YearsOn:
    months: int
    start: int  # normalised offsets of the span's words, half-open
    end: int


def years_on(doc: Doc, first: int, lo: int) -> YearsOn | None:
    """The span of years right before the event word at token ``first`` (within its clause,
    from token ``lo``): a count and a unit ("25 عاما"), a dual ("عامين") or, after a lead
    ("بعد عام"), a single unit, then a link ("على") at most `TRIGGER_GAP` words before it."""
    lex = years_on_lexicon(doc.language)
    if lex is None:
        return None
    toks = doc.tokens
    for link in range(first - 1, max(lo, first - 1 - TRIGGER_GAP) - 1, -1):
        if toks[link].key not in lex.links:
            if toks[link].key not in lex.gap_words:
                return None
            continue
        unit = link - 1
        if unit < lo or toks[unit].key not in lex.units:
            return None
        months = lex.units[toks[unit].key]
        begin = unit
        if toks[unit].key in lex.singles:
            if unit - 1 < lo or toks[unit - 1].key not in lex.leads:
                return None
        elif toks[unit].key not in lex.duals:
            count = next((n for j in range(unit - 1, max(lo, unit - COUNT_WORDS) - 1, -1)
                          if (n := parse_at(doc.norm, toks, j, doc.language)) is not None
                          and n.last == unit and not n.vague), None)
            if count is None or count.value != int(count.value) or count.value < 1:
                return None
            months *= int(count.value)
            begin = count.first
        if any(toks[k].key in lex.not_after for k in range(max(lo, begin - 3), begin)):
            return None
        return YearsOn(months, toks[begin].start, toks[unit].end)
    return None
