"""Shared pieces of the date rules, and the English rules (Athar is Arabic first, English next).

A rule is a regex plus a handler ``(match, doc) -> Found | None``; `events.extract.dates`
indexes rules by the words a match can start with. The English rules follow the Arabic ones:
vocabulary in the ``en`` section of ``data/lexicon/dates.yaml``, the same calendar rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from events.extract import dates_calendar as cal
from events.extract.doc import Doc
from text import normalize, tokenize


@dataclass
class Rule:
    rx: re.Pattern[str]
    handler: Callable[[re.Match[str], Doc], "Found | None"]
    english: bool


@dataclass
class Found:
    start: int
    end: int
    kind: str
    date_start: date | None
    date_end: date | None
    prec: int | None


def norm_entry(text: str) -> str:
    """A lexicon entry as it appears in ``doc.norm``."""
    return " ".join(normalize(str(text)).norm.split())


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


class EnglishRules:
    """English vocabulary and handlers, mixed into the date lexicon."""

    def _init_english(self, en: dict[str, Any]) -> None:
        self.en_months = {w.lower(): int(m) for m, ws in en["months"].items() for w in ws}
        self.en_weekdays = {w.lower(): int(d) for d, ws in en["weekdays"].items() for w in ws}
        self.en_cues = {w.lower(): c for c, ws in en["cues"].items() for w in ws}
        self.en_relative = {phrase_key(p.lower()): e for e in en["relative"] for p in e["phrases"]}
        self.en_counts = {k.lower(): int(v) for k, v in en["days_ago"]["counts"].items()}

    def _english_rules(self, en: dict[str, Any]) -> list[tuple[str, Callable, list[str]]]:
        """(pattern, handler, first words) of each English rule; "#" stands for a digit."""
        D = ["#"]
        EM, WD = alt(self.en_months), alt(self.en_weekdays)
        eyear = r"(?:,?\s+(?P<y>\d{4}))?"
        mleads = ["in", "since", "during", "early", "late", "mid", *self.en_cues]
        wleads = [w.lower() for w in en["weekday_leads"]]
        return [
            (rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{EM})\.?{eyear}", self._en_day, D),
            (rf"(?P<m>{EM})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{eyear}", self._en_day,
             list(self.en_months)),
            (rf"(?P<m>{EM})\.?\s+(?P<d1>\d{{1,2}})\s*(?:-|to|and)\s*(?P<d2>\d{{1,2}}){eyear}", self._en_range,
             list(self.en_months)),
            (rf"(?P<d1>\d{{1,2}})\s*(?:-|to|and)\s*(?P<d2>\d{{1,2}})\s+(?P<m>{EM}){eyear}", self._en_range, D),
            (rf"(?:(?P<lead>{alt(mleads)})[\s\-]+)?(?P<m>{EM}){eyear}", self._en_month,
             mleads + list(self.en_months)),
            (rf"(?P<rel>{alt(self.en_relative)})", self._en_relative, list(self.en_relative)),
            (r"(?:in|since|during)\s+(?P<y>\d{4})", self._en_year, ["in", "since", "during"]),
            (rf"(?P<n>\d{{1,2}}|{alt(self.en_counts)})\s+{alt(en['days_ago']['units'])}\s+"
             rf"{alt(en['days_ago']['tail'])}", self._en_ago, D + list(self.en_counts)),
            (rf"(?:(?P<lead>{alt(wleads)})\s+)?(?P<wd>{WD})", self._en_weekday,
             wleads + list(self.en_weekdays)),
        ]

    def _en_day(self, m: re.Match, doc: Doc) -> Found | None:
        """"25 May 2017", "May 25": the month must be capitalised (may, march are words)."""
        if not m["m"][0].isupper():
            return None
        d, mo = int(m["d"]), self.en_months[m["m"].lower()]
        y = int(m["y"]) if m["y"] else cal.year_for_day(mo, d, None, doc.published)
        g = cal.safe_date(y, mo, d) if y else None
        if y and g is None:
            return None
        return Found(m.start(), m.end(), "absolute", g, g, 1)

    def _en_range(self, m: re.Match, doc: Doc) -> Found | None:
        """"May 29-30", "3 to 5 June 2016": days of one month."""
        if not m["m"][0].isupper():
            return None
        d1, d2, mo = int(m["d1"]), int(m["d2"]), self.en_months[m["m"].lower()]
        if not 1 <= d1 < d2 <= 31:
            return None
        y = int(m["y"]) if m["y"] else cal.year_for_day(mo, d2, None, doc.published)
        s, e = (cal.safe_date(y, mo, d1), cal.safe_date(y, mo, d2)) if y else (None, None)
        if y and (s is None or e is None):
            return None
        return Found(m.start(), m.end(), "range", s, e, cal.prec_of(s, e) if s and e else 2)

    def _en_month(self, m: re.Match, doc: Doc) -> Found | None:
        if not m["m"][0].isupper() or not (m["y"] or m["lead"]):
            return None
        if m["m"].lower() == "may" and not m["y"]:
            return None
        mo = self.en_months[m["m"].lower()]
        cue = self.en_cues.get((m["lead"] or "").lower())
        y = int(m["y"]) if m["y"] else cal.year_for_month(mo, cue, doc.published)
        s, e = cal.month_interval(y, mo) if y else (None, None)
        return Found(m.start(), m.end(), "month", s, e, 4)

    def _en_relative(self, m: re.Match, doc: Doc) -> Found | None:
        entry = self.en_relative[phrase_key(m["rel"].lower())]
        iv = cal.relative_interval(entry, doc.published) or (None, None)
        return Found(m.start(), m.end(), "relative", *iv, int(entry["prec"]))

    def _en_year(self, m: re.Match, doc: Doc) -> Found | None:
        y = int(m["y"])
        if not 1900 <= y <= 2100:
            return None
        return Found(m.start() + len(m[0]) - 4, m.end(), "year", date(y, 1, 1), date(y, 12, 31), 5)

    def _en_ago(self, m: re.Match, doc: Doc) -> Found | None:
        n = int(m["n"]) if m["n"].isdigit() else self.en_counts.get(m["n"].lower())
        g = doc.published - timedelta(days=n) if doc.published and n else None
        return Found(m.start(), m.end(), "relative", g, g, 1)

    def _en_weekday(self, m: re.Match, doc: Doc) -> Found | None:
        if not m["wd"][0].isupper():
            return None
        cue = self.en_cues.get((m["lead"] or "").lower())
        g = cal.weekday_date(self.en_weekdays[m["wd"].lower()], doc.published, cue=cue)
        return Found(m.start(), m.end(), "weekday", g, g, 1)
