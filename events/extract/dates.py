"""Step: find date expressions and resolve them against the publication date (``doc.dates``).

Our own regexes, built once from ``data/lexicon/dates.yaml``, find the spans; calendar rules in
`events.extract.dates_calendar` resolve them. Each language's patterns and handlers are
mixed into the lexicon from `events.extract.dates_arabic` and `events.extract.dates_english`. dateparser is not used: it guesses wrong on
Arabic running text (see shared/reference/arabic-offline.md) and the month map is a lexicon
lookup anyway. Every rule is a small handler ``(match, doc) -> Found | None``; overlapping
finds are resolved longest-first, so "يوم 25 ماي الماضي" beats "ماي الماضي".

Precision is UCDP's date_prec: 1 day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a year.
Without ``doc.published`` relative and year-less mentions are kept with null dates.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import Callable

from events import lexicon
from events.extract import dates_calendar as cal
from events.extract.dateline import dateline_span
from events.extract.dates_arabic import ArabicRules
from events.extract.dates_english import EnglishRules
from events.extract.dates_rules import (Found, Rule, build_ordinals, date_the_story, first_word,
                                        merge_ranges, merge_weekdays, norm_entry, phrase_key,
                                        select_finds)
from events.extract.doc import DATE_START, DateMention, Doc
from events.language import DEFAULT
from text import PhraseMatcher, Token, conjoined, normalize_key


class _Lexicon(ArabicRules, EnglishRules):
    """One language's dates.yaml normalised, with the regexes built from it (built once per
    process and language): the rules and handlers in `ArabicRules` and `EnglishRules`."""

    def __init__(self, language: str) -> None:
        self.placed: dict[str, tuple[tuple[int, Rules], ...]] = {}  # `_placed`, by word key
        if language == "en":
            raw_en = lexicon.load("dates", "en")
            self.births = frozenset(norm_entry(w) for w in raw_en.get("births") or ())
            self.occasions: frozenset[str] = frozenset()
            self.name_heads: frozenset[str] = frozenset()
            self.name_tails = frozenset(norm_entry(w) for w in raw_en.get("name_tails") or ())
            self.year_parts = {}
            self.rules = _index(self._english_rules(raw_en), re.IGNORECASE)
            self.time_words: frozenset[str] = frozenset()
            self.range_openers: frozenset[str] = frozenset()
            self.range_ends: frozenset[str] = frozenset()
            self.weekday_links: frozenset[str] = frozenset()
            return
        raw = lexicon.load("dates")
        self.births = frozenset(norm_entry(w) for w in raw.get("births") or ())
        self.occasions = frozenset(norm_entry(w) for w in raw.get("occasions") or ())
        self.name_heads = frozenset(norm_entry(w) for w in raw.get("name_heads") or ())
        self.name_tails: frozenset[str] = frozenset()
        self.range_openers = frozenset(norm_entry(w) for w in raw["range_openers"])
        self.range_ends = frozenset(norm_entry(w) for w in raw["range_joiners"])
        self.weekday_links = frozenset(norm_entry(w) for w in raw.get("weekday_date_links") or ())
        self.year_parts = {norm_entry(w): (int(p["first"]), int(p["last"]))
                           for p in (raw.get("year_parts") or {}).values() for w in p["leads"]}
        nums = lexicon.load("numbers")
        self.months = {norm_entry(w): int(m) for m, ws in raw["gregorian_months"].items() for w in ws}
        self.ambiguous = {norm_entry(w) for w in raw["ambiguous_months"]}
        led = raw.get("led_months") or {"names": [], "leads": []}
        self.led_months = {norm_entry(w) for w in led["names"]}
        self.month_time_leads = {norm_entry(w) for w in led["leads"]}
        self.hmonths = {norm_entry(w): int(m) for m, ws in raw["hijri_months"].items() for w in ws}
        self.hmarks = [norm_entry(w) for w in raw["hijri_markers"]]
        self.hambiguous = {norm_entry(w) for w in raw["ambiguous_hijri_months"]}
        self.hijri_max = int(raw["hijri_year_max"])
        self.cues = {norm_entry(w): c for c, ws in raw["cues"].items() for w in ws}
        self.month_parts = {norm_entry(w): (int(p["first"]), int(p["last"]))
                            for p in (raw.get("month_parts") or {}).values() for w in p["leads"]}
        self.parts = {norm_entry(w): bool((v or {}).get("night")) for w, v in raw["day_parts"].items()}
        week = {"week_starts": int(raw.get("week_starts", 0))}
        self.relative = {phrase_key(norm_entry(p)): {**e, **week} for e in raw["relative"]
                         for p in e["phrases"]}
        self.weekdays = {norm_entry(w): (int(d), frozenset(norm_entry(x) for x in v.get("not_after", ())))
                         for d, v in raw["weekdays"].items() for w in v["names"]}
        self.ordinals = build_ordinals(raw["ordinal_days"])
        named, decades = raw.get("named_days") or {}, raw.get("decades") or {}
        self.named_days = {norm_entry(p): date.fromisoformat(day) for day, ps in
                           (named.get("days") or {}).items() for p in ps}
        self.decades = {norm_entry(w): int(n) for n, ws in (decades.get("words") or {}).items()
                        for w in ws}
        self.block_before = {norm_entry(w) for w in raw["relative_blockers"]["before"]}
        self.block_after = {norm_entry(w) for w in raw["relative_blockers"]["after"]}
        self.block_after_word = {norm_entry(w) for w in raw["relative_blockers"].get("after_word") or ()}
        self.anchor_leads = {norm_entry(w) for w in raw["relative_blockers"].get("anchor_leads") or ()}
        self.anchor_links = {norm_entry(w) for w in raw["relative_blockers"].get("anchor_links") or ()}
        self.rel_months = {k: e for k, e in self.relative.items() if e.get("unit") == "month"}
        self.counts = {norm_entry(w): int(v) for v, ws in nums["units"].items() for w in ws}
        self.counts.update({norm_entry(w): int(v) for v, ws in nums["tens"].items() for w in ws})
        self.rules = _index(self._arabic_rules(raw), 0)
        self.time_words = frozenset(normalize_key(w) for w in (
            *raw.get("since_time_words", ()), *raw["month_leads"], *raw["year_leads"],
            *(x for w in raw["day_parts"] for x in w.split()),
            *(x for p in raw["month_parts"].values() for w in p["leads"] for x in w.split())))


def first_words(language: str) -> set[str]:
    """The words a date may start at (the pre-gate's ``DATE_START``): the rules' first words,
    and a two-letter one with و/ف as written ("وفي يونيو"; see `_candidates`)."""
    rules = _lexicon(language).rules
    return set(rules).union(*(conjoined(w) for w in rules))


class Rules(list):
    """The rules that may match where one word stands, in order, with their ``screen``: one
    regex, the alternation of all of theirs, that matches at a position exactly when one of
    them does (None for a single rule). Every rule of a word was tried at each of its tokens
    — six at every "في", eight at every figure, 230,000 tries per 3,000 articles, 2% of them
    matching —; now the screen is tried, and the rules only where it matches."""
    screen: re.Pattern[str] | None = None


_NO_RULES = Rules()
_GROUP = re.compile(r"\(\?P([<=])(\w+)")  # a named group, or a backreference to one


def _screen(rules: list[Rule], flags: int) -> re.Pattern[str] | None:
    """The alternation of the rules' patterns (their groups renamed apart: a pattern's
    backreference still names its own group); a match at a position is a match of one of the
    branches there, so of one of the rules (`tests/test_speed_shortcuts_34.py`)."""
    if len(rules) < 2:
        return None
    branches = [_GROUP.sub(lambda m, k=k: f"(?P{m[1]}{m[2]}_{k}", r.rx.pattern)
                for k, r in enumerate(rules)]
    return re.compile("|".join(f"(?:{b})" for b in branches), flags)


def _index(rules: list[tuple[str, Callable, list[str]]], flags: int) -> dict[str, Rules]:
    """The rules, indexed by the words (or "#" for a digit) a match can start with."""
    index: dict[str, Rules] = {}
    for pattern, handler, firsts in rules:
        rule = Rule(re.compile(rf"{pattern}(?!\w)", flags), handler)
        for w in {first_word(f) for f in firsts}:
            index.setdefault(w, Rules()).append(rule)
    for listed in index.values():
        listed.screen = _screen(listed, flags)
    return index


@functools.cache
def _lexicon(language: str = DEFAULT) -> _Lexicon:
    return _Lexicon(language)


_CLITICS = "وفب"


def time_words(language: str = DEFAULT) -> frozenset[str]:
    """Words that may stand between a since-cue and the time it names (dates.yaml
    ``since_time_words`` and the leads and parts of dates): `events.extract.dating`. None for
    a language whose since-phrases `since_reach` reads (English)."""
    return _lexicon(language).time_words


@functools.cache
def since_clauses(language: str = DEFAULT) -> frozenset[str]:
    """Words that make a since-cue open a clause of its own ("منذ أن وقع"): dates.yaml
    ``since_clauses``."""
    return frozenset(normalize_key(w) for w in lexicon.load("dates", language).get("since_clauses", ()))


@functools.cache
def timed_by(language: str = DEFAULT) -> frozenset[str]:
    """Words that time the deed told before the event named after them ("في أعقاب الهجمات التي
    وقعت في 2001"): dates.yaml ``timed_by`` (`clauses.relative_antecedent`)."""
    return frozenset(normalize_key(w) for w in lexicon.load("dates", language).get("timed_by", ()))


@functools.cache
def since_compared(language: str = DEFAULT) -> frozenset[str]:
    """Superlatives that make a since-cue after them a comparison ("أعنف هجوم منذ عامين",
    "the deadliest since 2011"): dates.yaml ``since_compared``."""
    return frozenset(normalize_key(w) for w in lexicon.load("dates", language).get("since_compared", ()))


def _word_start(text: str, i: int) -> bool:
    """A match starts a word, or follows a single proclitic و/ف/ب that starts one.

    Checked here rather than with a look-behind in every pattern: patterns that start with a
    digit or a literal then get the regex engine's fast first-character scan.
    """
    if i == 0 or not text[i - 1].isalnum():
        return True
    if text[i].isdigit() and text[max(0, i - 2):i] == "ال":  # "الـ15 من الشهر"
        return i == 2 or not text[i - 3].isalnum()
    return text[i - 1] in _CLITICS and (i == 1 or not text[i - 2].isalnum())


def _candidates(lex: _Lexicon, tok: Token) -> list[tuple[int, Rules]]:
    """Rules that may match at this token: by its first word, with or without a proclitic.

    Trying rules only where their first word occurs (instead of scanning the text with
    every regex) keeps the step well under a millisecond per article.
    """
    if tok.key[0].isdigit():
        return [(tok.start, lex.rules.get("#", _NO_RULES))]
    out = []
    for stem in tok.stems:
        rules = lex.rules.get(stem)
        if rules and tok.key.endswith(stem):
            out.append((tok.start + len(tok.key) - len(stem), rules))
    if not out and tok.key in conjoined(tok.key[1:]):
        # "وفي يونيو": the tokenizer leaves three-letter words whole; a two-letter first word
        # of a rule ("في") keeps its و/ف
        rules = lex.rules.get(tok.key[1:])
        if rules:
            out.append((tok.start + 1, rules))
    return out


PLACED_MAX = 50_000  # words whose `_placed` answer is remembered (emptied when full)


def _placed(lex: _Lexicon, tok: Token) -> tuple[tuple[int, Rules], ...]:
    """`_candidates` of the token as (offset from its start, rules), remembered by its key:
    they depend on the word alone (its key and stems; the stems are the key's), and the same
    few words ("في", "من", a figure) stand at most of the tokens the step tries (80 an
    article), each asking again."""
    placed = tuple((pos - tok.start, rules) for pos, rules in _candidates(lex, tok))
    if len(lex.placed) >= PLACED_MAX:
        lex.placed.clear()
    lex.placed[tok.key] = placed
    return placed


def _resolve(rule: Rule, m: re.Match, doc: Doc) -> Found | None:
    """A rule's dates, or None when their arithmetic leaves the calendar (years 1-9999):
    "three days ago" published 0001-01-01, "year 0000". The mention is dropped, the article
    goes on."""
    try:
        return rule.handler(m, doc)
    except (OverflowError, ValueError):
        return None


BIRTH_REACH = 3  # words from "born" to the date it gives ("من مواليد العام 1415هـ")


OCCASION_REACH = 5  # words from "بمناسبة" to the date ("بمناسبة العشر الأواخر من شهر رمضان")


def _dates_no_deed(doc: Doc, start: int, cues: frozenset[str], reach: int, phrase: bool = False) -> bool:
    """One of ``cues`` within ``reach`` words before the date at ``start``, in its sentence: a
    word of birth ("من مواليد العام 1995", "المولود عام 1990", "born in 1990": when someone was
    born) or, with ``phrase``, of an occasion and in its phrase ("في كلمته بمناسبة العشر الأواخر
    من رمضان": a speech's or a rite's day; the phrase ends at a comma — "بمناسبة عيد الفطر،
    اليوم السبت" still tells the speech's day). No date of any deed the sentence tells."""
    if not cues:
        return False
    first = bisect_left(doc.token_starts, start)
    toks = doc.tokens
    for k in range(max(0, first - reach), first):  # (a loop, not `any` over a generator)
        if not cues.isdisjoint(toks[k].stems) and (
                not doc.punctuated(k, first) if phrase
                else doc.sentence_of_token(k) == doc.sentence_of_token(first)):
            return True
    return False


def _named_after(doc: Doc, start: int, heads: frozenset[str]) -> bool:
    """A day written in figures right after a naming noun ("شارع 26 سبتمبر", "ثورة 25
    يناير"): a name (not "أمس" after one: "شنت طائرات التحالف أمس")."""
    first = bisect_left(doc.token_starts, start)
    return 0 < first < len(doc.tokens) and doc.tokens[first].start == start and doc.norm[
        start:start + 1].isdigit() and not heads.isdisjoint(
        doc.tokens[first - 1].stems) and doc.sentence_of_token(first - 1) == doc.sentence_of_token(first)


def _named_before(doc: Doc, end: int, tails: frozenset[str]) -> bool:
    """A day right before a capitalised naming noun, nothing but a space between ("April 7th
    Street", "the 8 March Square"): a name written the English way round, no deed's day ("on
    April 7 street battles" is lower-case)."""
    k = bisect_left(doc.token_starts, end)
    return 0 < k < len(doc.tokens) and doc.tokens[k].key in tails and not doc.norm[
        end:doc.tokens[k].start].strip() and doc.capitalised(k)


def _year_part(doc: Doc, f: Found, lex: _Lexicon) -> Found:
    """A whole year opened by, or right after, a part of a year ("مطلع 2015", "أواخر العام
    الماضي"): the months that part covers, the part inside the span. ("منذ بداية هذا العام"
    is a span up to the report: `events.extract.dating` reads "since" for itself.)"""
    s, e = f.date_start, f.date_end
    if not lex.year_parts or s is None or e is None or (
            s.month, s.day, e.month, e.day, e.year) != (1, 1, 12, 31, s.year):
        return f
    k = bisect_left(doc.token_starts, f.start)
    for i in (k, k - 1):
        if 0 <= i < len(doc.tokens) and doc.tokens[i].key in lex.year_parts and (
                i == k or not doc.gap(i, k).strip()):
            first, last = lex.year_parts[doc.tokens[i].key]
            start = date(s.year, first, 1)
            end = (date(s.year, last, 1) + timedelta(days=31)).replace(day=1) - timedelta(days=1)
            return Found(min(f.start, doc.tokens[i].start), f.end, f.kind, start, end,
                         cal.prec_of(start, end))
    return f


@functools.cache
def anniversaries(language: str) -> PhraseMatcher[int]:
    """dates.yaml ``anniversaries``: how many months back each remembering points."""
    m: PhraseMatcher[int] = PhraseMatcher()
    m.add_all((lexicon.load("dates", language).get("anniversaries") or {}).items())
    return m


RECALLED_REACH = 3  # words from an anniversary to the day it names ("الذكرى العاشرة لهجمات السابع من يوليو")
ANNIVERSARY_WORDS = 3  # the longest anniversary phrase, in words ("الذكرى السنوية الأولى")
_YEAR_DIGITS = re.compile(r"\d{4}")


def _recalled_days(doc: Doc, found: list[Found]) -> None:
    """A day or month told without its year right after an anniversary and the deed it
    remembers ("الذكرى العاشرة لهجمات السابع من يوليو"): that day as many years back as the
    anniversary counts, not this year's."""
    matcher = anniversaries(doc.language)
    for f in found:
        if f.date_start is None or f.date_end is None or f.kind not in ("absolute", "month") \
                or _YEAR_DIGITS.search(doc.norm, f.start, f.end):
            continue
        k = doc.token_at(f.start)
        for j in range(max(0, k - RECALLED_REACH - ANNIVERSARY_WORDS), k):
            m = matcher.match_at(doc.norm, doc.tokens, j, stop=k)
            if m is not None and 0 < k - m.last <= RECALLED_REACH and not doc.punctuated(j, k):
                years = m.payloads[0] // 12
                f.date_start = _years_back(f.date_start, years)
                f.date_end = _years_back(f.date_end, years)
                break


def _years_back(d: date, years: int) -> date:
    return cal.safe_date(d.year - years, d.month, d.day) or date(d.year - years, d.month, 28)


def find_dates(doc: Doc) -> None:
    """Append a `DateMention` for every date expression in ``doc.norm``."""
    lex = _lexicon(doc.language)
    found: list[Found] = []
    text = doc.norm
    toks = doc.tokens
    # the words some rule starts with (a digit, or a stem in ``lex.rules``): few
    placed = lex.placed
    for tok in [toks[k] for k in doc.positions(DATE_START)]:
        start = tok.start
        places = placed.get(tok.key)
        if places is None:
            places = _placed(lex, tok)
        for shift, rules in places:
            pos = start + shift
            if not _word_start(text, pos):
                continue
            screen = rules.screen  # no rule matches where their alternation does not
            if screen is not None and screen.match(text, pos) is None:
                continue
            for rule in rules:
                m = rule.rx.match(text, pos)
                f = _resolve(rule, m, doc) if m else None
                if f is not None:
                    found.append(f)
    head = dateline_span(doc.text, doc.language)  # the article's own date: dates events last
    for f in found:
        if head is not None and f.start < head[1] and head[0] < f.end:
            f.kind = "dateline"
    names = [(f.start, f.end) for f in found if _named_after(doc, f.start, lex.name_heads)
             or (lex.name_tails and _named_before(doc, f.end, lex.name_tails))]
    found = [_year_part(doc, f, lex) for f in found
             if not _dates_no_deed(doc, f.start, lex.births, BIRTH_REACH)
             and not _dates_no_deed(doc, f.start, lex.occasions, OCCASION_REACH, phrase=True)
             and not any(a <= f.start < b for a, b in names)]  # "ثورة 11 فبراير 2011": no month
    found = merge_ranges(doc, merge_weekdays(doc, select_finds(found), lex.weekday_links),
                         lex.range_openers,
                         lex.range_ends)
    date_the_story(found)
    _recalled_days(doc, found)
    for f in found:
        doc.dates.append(DateMention(
            start=f.start, end=f.end, text=doc.surface(f.start, f.end),
            sentence=doc.sentence_of(f.start), date_start=f.date_start, date_end=f.date_end,
            date_prec=f.prec, kind=f.kind))
