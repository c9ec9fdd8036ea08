"""The dateline: the publication date an article states at its head, when its metadata has none.

Wire copy and web pages open with one — "Thu Aug 18 2016 …", "Published April 2 2017",
"Date of publication 19 June 2016", "Car bomb kills 15 … AFP Thursday 6 Mar 2014 At least…",
"MOSCOW, June 1 (Reuters) -", "دمشق - 12 أيار (سانا)" — and a reader dates "on Tuesday" and
"yesterday" from it. Such a date is only an estimate of publication (a page may be updated, a
dateline may be a day off), so the article keeps it marked as one.

A date at the head counts as the dateline when nothing but dateline words stands before it on
its line: a cue ("Published", "Posted on"), a weekday, a news agency, a city in capitals
followed by a dash or comma, or the title repeated. A date inside the first sentence ("On 20
January 2018, Turkey launched…") is an event date, not a dateline. A dateline without a year
("June 1 (Reuters)") takes the latest year the article names, or none.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from events import lexicon
from events.extract.dates_calendar import safe_date
from events.extract.dates_rules import alt, norm_entry
from events.language import DEFAULT
from text import normalize

HEAD_CHARS = 500  # a dateline sits in the first lines; further on, dates are the story's
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_WORD = re.compile(r"[^\W\d_]+|\S")
_FOUR_DIGITS = re.compile(r"\d{4}")  # in every pattern of a full date (`_Patterns.dated`)
DASHES = frozenset("ـ-–—")  # what ends an agency's part of a dateline ("واس -"), a byline's name


@dataclass(frozen=True)
class _Patterns:
    dated: list[re.Pattern[str]]  # full dates: groups d, m (a month name) or mo (its number), y
    yearless: list[re.Pattern[str]]  # "June 1 (Reuters)", "12 أيار (سانا)"
    months: dict[str, int]  # month name (lower-case, normalised) → number
    skippable: frozenset[str]  # weekdays and agencies (lower-case words)
    cues: tuple[str, ...]  # "published on", "date of publication" (lower-case phrases)


@functools.cache
def _patterns(language: str) -> _Patterns:
    raw = lexicon.load("dates", language)
    if language == "en":  # English month names count capitalised only ("may", "mar")
        forms = [str(w) for ws in raw["months"].values() for w in ws]
        months = {str(w).lower(): int(m) for m, ws in raw["months"].items() for w in ws}
        weekdays = [w for table in ("weekdays", "weekday_abbreviations")
                    for ws in (raw.get(table) or {}).values() for w in ws]
        cues = [" ".join(str(c).lower().split()) for c in raw.get("dateline_cues") or []]
    else:
        forms = [norm_entry(w) for ws in raw["gregorian_months"].values() for w in ws]
        months = {norm_entry(w): int(m) for m, ws in raw["gregorian_months"].items() for w in ws}
        weekdays = [w for v in raw["weekdays"].values() for w in v["names"]]
        cues = []
    M = alt(forms).replace("(?:", "(?P<m>", 1)
    also = r"(?:\s*[/(]\s*" + alt(forms) + r"\s*\)?)?"  # "12 أيار/مايو 2016"
    dated = [
        rf"(?<![\w.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|من\s+)?{M}\.?{also},?\s*(?P<y>\d{{4}})(?!\d)",
        rf"(?<!\w){M}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)",
        rf"(?<!\w){M}\.?\s+(?P<d>\d{{2}})(?P<y>\d{{4}})(?!\d)",  # "Jul 012016": glued by a scraper
        r"(?<![\d.])(?P<d>\d{1,2})(?P<s>[./-])(?P<mo>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)",
        r"(?<![\d.])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?!\d)",
    ]
    bracket = r"\s*\(\s*[^\W\d_][^()\n]{0,30}\)"  # "(Reuters)", "(سانا)"
    yearless = [rf"(?<!\w){M}\.?\s+(?P<d>\d{{1,2}})(?=,?{bracket})",
                rf"(?<![\w.])(?P<d>\d{{1,2}})\s+{M}(?={bracket})"]
    agencies = {w.lower() for a in _agency_names(language) for w in _WORD.findall(a)}
    skippable = {str(w).lower() for w in weekdays} | agencies
    return _Patterns([re.compile(p) for p in dated], [re.compile(p) for p in yearless], months,
                     frozenset(skippable), tuple(sorted(cues, key=len, reverse=True)))


def _agency_names(language: str) -> list[str]:
    """Names of the news media of the actor lexicons (Reuters, AFP, SANA, سانا…)."""
    base = lexicon.load("actors")
    media = [a for a in base["actors"] if a["type"] == "media"]
    if language == DEFAULT:
        return [n for a in media for n in [a["name"], a.get("name_ar") or "", *(a.get("aliases") or [])]]
    data = lexicon.load("actors", language)
    media += [a for a in data.get("actors") or [] if a["type"] == "media"]
    return [n for a in media for n in [a["name"], *(a.get("aliases") or []),
                                        *(data["aliases"].get(a["id"]) or [])]]


def agencies_only(words: str, language: str = DEFAULT) -> bool:
    """Whether ``words`` (a line's head before a place, normalised) name only news agencies,
    dashes between ("واس -", "(رويترز) -"): "واس- الرياض:" is filed in Riyadh, as "الرياض -
    واس:" is."""
    found = _WORD.findall(words.lower())
    letters = [w for w in found if w[0].isalpha()]
    return bool(letters) and all(w in _patterns(language).skippable or not w[0].isalnum()
                                 for w in found) and found[-1] in DASHES


def find_dateline(text: str, language: str = DEFAULT) -> date | None:
    """The publication date the head of ``text`` states, or None."""
    found = _dateline(text, language)
    return found[0] if found else None


def dateline_span(text: str, language: str = DEFAULT) -> tuple[int, int] | None:
    """Where the dateline stands, in offsets of the normalised text: a date that dates the
    article, not any event it reports."""
    found = _dateline(text, language)
    return (found[1], found[2]) if found else None


# Remembered for the last few texts: the dates step asks once per article, and the places step
# again for every place named in the article's head (about four per article, each a dozen
# regexes over the head) — a fifth of that step's time. Pure: the same text, the same answer.
@functools.lru_cache(maxsize=8)
def _dateline(text: str, language: str) -> tuple[date, int, int] | None:
    head = normalize(text[:HEAD_CHARS]).norm
    pats = _patterns(language)
    title = next((ln.strip() for ln in head.splitlines() if ln.strip()), "")
    found: list[tuple[int, int, date]] = []
    # Every full date holds a year of four digits, every yearless one a bracket ("(Reuters)"):
    # a head without them (five in six) is not searched by the patterns, each of which tries a
    # lookbehind and a dozen month names at every character.
    for rx in pats.dated if _FOUR_DIGITS.search(head) else ():
        for m in rx.finditer(head):
            d = _date_of(m, pats, m["y"])
            if d and _is_dateline(head, m.start(), title, pats):
                found.append((m.start(), m.end(), d))
    if not found:
        years: list[int] | None = None  # read only when a yearless dateline is met (rare)
        for rx in pats.yearless if "(" in head else ():
            for m in rx.finditer(head):
                if years is None:
                    years = [int(y) for y in _YEAR.findall(text)]
                d = _date_of(m, pats, str(max(years))) if years else None
                if d and _is_dateline(head, m.start(), title, pats):
                    found.append((m.start(), m.end(), d))
    if not found:
        return None
    start, end, d = min(found)
    return d, start, end


def _date_of(m: re.Match[str], pats: _Patterns, year: str | None) -> date | None:
    if not year:
        return None
    if m.groupdict().get("mo"):
        day, month = int(m["d"]), int(m["mo"])
        if month > 12 >= day:  # a US 08/24/2013
            day, month = month, day
    else:
        day = int(m["d"])
        month = pats.months.get(m["m"].lower()) or pats.months.get(norm_entry(m["m"]), 0)
    return safe_date(int(year), month, day)


def _is_dateline(head: str, start: int, title: str, pats: _Patterns) -> bool:
    """Only dateline words stand before ``start`` on its line (see the module docstring)."""
    line_start = head.rfind("\n", 0, start) + 1
    words = _WORD.findall(head[line_start:start])
    while True:
        while words and (words[-1].lower() in pats.skippable or not words[-1][:1].isalnum()):
            words.pop()
        before = " ".join(words).lower()
        cue = next((c for c in pats.cues if before == c or before.endswith(" " + c)), None)
        if cue is None:
            break
        words = words[: len(words) - len(cue.split())]
    if not words:
        return True
    if len(words) <= 2 and re.search(r"[-–,،]\s*$", head[line_start:start]):
        return True  # "MOSCOW, June 1", "دمشق - 12 أيار"
    # the title told again before the dateline ("Car bomb kills 15 … AFP Thursday 6 Mar 2014")
    before, plain = " ".join(words), " ".join(_WORD.findall(title))
    on_title_line = not head[:line_start].strip()  # no line with words before this one
    return not on_title_line and len(before) >= 15 and (plain.startswith(before)
                                                        or before.startswith(plain))
