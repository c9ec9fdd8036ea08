"""Shared pieces of the date rules of every language.

A rule is a regex plus a handler ``(match, doc) -> Found | None``; `events.extract.dates`
indexes rules by the words a match can start with. The Arabic rules are in `dates`, the
English ones in `dates_english`: vocabulary from each language's ``dates.yaml``, the same
calendar rules.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from events.extract import dates_calendar as cal
from events.extract.doc import Doc
from text import normalize, tokenize


@dataclass
class Rule:
    rx: re.Pattern[str]
    handler: Callable[[re.Match[str], Doc], "Found | None"]


@dataclass
class Found:
    start: int
    end: int
    kind: str
    date_start: date | None
    date_end: date | None
    prec: int | None
    # days the story is older than its paper, when this find says so: a weekday called today
    # ("اليوم السبت" in Sunday's paper: 1) or a day word glued to a weekday ("أمس الجمعة")
    lag: int | None = None


def norm_entry(text: str) -> str:
    """A lexicon entry as it appears in ``doc.norm``."""
    return _norm_entry(str(text))


@functools.lru_cache(maxsize=1 << 14)
def _norm_entry(text: str) -> str:
    """`norm_entry`, remembered: the date handlers ask it of the words each match names ("مايو",
    "الشهر الماضي") — eight times an article, each a `normalize` of its own."""
    return " ".join(normalize(text).norm.split())


def alt(words) -> str:
    """A regex alternation of phrases, longest first; spaces match any whitespace."""
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def first_word(phrase: str) -> str:
    """The index key of a phrase: its first token ("#" for digits), as `tokenize` keys it."""
    if phrase == "#":
        return "#"
    toks = tokenize(phrase.lower())
    return "#" if not toks or toks[0].key[0].isdigit() else toks[0].key


def build_ordinals(raw: dict) -> dict[str, int]:
    """Ordinal day phrases 1-31 built from units, the compound "one", teen and tens words."""
    units = {int(k): [norm_entry(w) for w in ws] for k, ws in raw["units"].items()}
    tens = {int(k): [norm_entry(w) for w in ws] for k, ws in raw["tens"].items()}
    ones = [norm_entry(w) for w in raw["compound_one"]]
    out: dict[str, int] = {w: d for d, ws in units.items() for w in ws}
    for d in range(1, 10):
        for u in (ones if d == 1 else units[d]):
            for teen in raw["teen"]:
                out[f"{u} {norm_entry(teen)}"] = 10 + d
            for t, ws in tens.items():
                for w in ws:
                    if t + d <= 31:
                        out[f"{u} و{w}"] = t + d
    out.update({w: t for t, ws in tens.items() for w in ws})
    return out


def phrase_key(text: str) -> str:
    return " ".join(text.split()).lower()


# What may stand between a weekday and the full date or relative day it names with it:
# spaces and punctuation, and one of dates.yaml ``weekday_date_links`` ("الخميس، الموافق 25
# مايو") before a single day.
_WEEKDAY_GAP = re.compile(r"[\s,،\-(]+")


def _glued(doc: Doc, end: int, f: Found, links: frozenset[str]) -> bool:
    """Only spaces and punctuation between ``end`` and ``f``, or one link word before a find
    that names one day ("الجمعة في 26 يونيو"; not "الجمعة في شهر رمضان": a Friday of the month)."""
    gap = _WEEKDAY_GAP.sub(" ", doc.norm[end:f.start]).strip()
    return not gap or gap in links and f.date_start is not None and f.date_start == f.date_end


def select_finds(found: list[Found]) -> list[Found]:
    """Non-overlapping finds, longest first at each position; a weekday joins its date."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Found] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


WIRE_LAG = 3  # days: how much older than its paper a reprinted wire story may be


def _wire_lag(relative: Found, weekday: Found) -> int | None:
    """How many days before the day ``relative`` names its glued ``weekday`` falls: 0 when they
    agree; a few days when they do not — a paper reprints a wire story written days before
    ("أمس الاثنين" in Thursday's paper), whose weekday still names the day; None for a day
    word of no single day, or a weekday further off (two dates, not one)."""
    assert relative.date_end is not None and weekday.date_end is not None
    if relative.date_start is not None and (relative.date_end - relative.date_start).days > 1:
        return None
    lag = (relative.date_end.weekday() - weekday.date_end.weekday()) % 7
    return lag if lag <= WIRE_LAG else None


def _framed_weekday(doc: Doc, out: list[Found], f: Found, links: frozenset[str]) -> bool:
    """``out`` ends with a weekday and a span holding the single day ``f``, which falls on that
    weekday ("صلاة الجمعة في شهر رمضان المبارك في 26 يونيو"): the three name one day. Only link
    words between the weekday and the span; a link word, at most one epithet before it, between
    the span and the day."""
    if len(out) < 2 or f.date_start is None or f.date_start != f.date_end:
        return False
    day, span = out[-2], out[-1]
    if (day.kind != "weekday" or day.date_end is None or span.date_start is None
            or span.date_end is None or not span.date_start <= f.date_start <= span.date_end
            or day.date_end.weekday() != f.date_start.weekday()):
        return False
    before = _WEEKDAY_GAP.sub(" ", doc.norm[day.end:span.start]).split()
    after = _WEEKDAY_GAP.sub(" ", doc.norm[span.end:f.start]).split()
    return (all(w in links for w in before) and 1 <= len(after) <= 2 and after[-1] in links)


def merge_weekdays(doc: Doc, found: list[Found], links: frozenset[str] = frozenset()) -> list[Found]:
    """A weekday glued to the date it names ("يوم الخميس 25 مايو", "صلاة الجمعة يوم 26 يونيو",
    "أمس الخميس") is one find: the full date, not the latest such weekday, dates the deed. So
    is a weekday framed by a span that holds its day (`_framed_weekday`)."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev and prev.kind == "weekday" and f.kind in ("absolute", "hijri")
                and _glued(doc, prev.end, f, links)):
            f.start = prev.start
            out[-1] = f
        elif f.kind in ("absolute", "hijri") and _framed_weekday(doc, out, f, links):
            f.start = out[-2].start
            out[-2:] = [f]
        elif (prev and f.kind == "weekday" and prev.kind == "relative" and prev.date_end and f.date_end
              and (lag := _wire_lag(prev, f)) is not None
              and _glued(doc, prev.end, f, links)):
            prev.end = f.end  # "مساء أمس الخميس", "غدا الأربعاء": one day, named twice
            prev.lag = lag
            if lag:  # "أمس الاثنين" in Thursday's paper: a wire story written on Tuesday
                prev.date_end -= timedelta(days=lag)
                prev.date_start = prev.date_start and prev.date_start - timedelta(days=lag)
        else:
            out.append(f)
    return out


def merge_ranges(doc: Doc, found: list[Found], openers: frozenset[str],
                 joiners: frozenset[str]) -> list[Found]:
    """Two days told as the ends of a span ("بين الأول من يناير و30 يونيو"): one find from the
    first's start to the second's end — read apart, the span's last day would date a toll
    counted over months. An opener right before the first, only a joiner between the two (a
    comma before it allowed: "من 7 يوليو، وحتى الخامس من الشهر الجاري")."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev and prev.date_start and f.date_end and prev.date_start < f.date_end and (
                doc.norm[prev.end:f.start].strip(" ،,") in joiners) and _opened(
                doc, prev.start, openers):
            out[-1] = Found(prev.start, f.end, "range", prev.date_start, f.date_end,
                            cal.prec_of(prev.date_start, f.date_end))
        else:
            out.append(f)
    return out


def _opened(doc: Doc, start: int, openers: frozenset[str]) -> bool:
    """One of ``openers`` is the word right before offset ``start``, a clitic allowed
    ("وبين الأول من يناير و30 يونيو")."""
    k = doc.token_at(start)
    return k > 0 and not openers.isdisjoint(doc.tokens[k - 1].stems)


STORY_PREC = 2  # a day word of at most a few days ("أمس", "الليلة", "خلال الـ24 ساعة الماضية")


def date_the_story(found: list[Found]) -> None:
    """A story older than its paper says so by a weekday it calls today, or glues to a day
    word ("اليوم السبت", "أمس الجمعة" in Sunday's paper: written on Saturday): when every such
    find agrees on one lag of a few days, its bare day words count from the story's day too
    ("قتل 5 أمس" is Friday's). Finds that disagree (a paper's own lines beside a reprinted wire
    story) leave every word counted from the paper's day."""
    lags = {f.lag for f in found if f.lag is not None}
    if len(lags) != 1 or not 0 < (lag := lags.pop()) <= WIRE_LAG:
        return
    back = timedelta(days=lag)
    for f in found:
        if (f.kind == "relative" and f.lag is None and f.prec is not None and f.prec <= STORY_PREC
                and f.date_end is not None):
            f.date_end -= back
            f.date_start = f.date_start and f.date_start - back
