"""Spans counted back from the report: "خلال الأشهر الثلاثة الماضية", "طوال الأسبوعين
الماضيين", "في الأسابيع القليلة الماضية". Such a phrase dates what it is said of to the days
from that many units before publication to publication (the annotation guide's "within a
week": published-7..published); undated, "three judges were killed in the past three months"
stood as the day's news. Lexicon: ``past_spans`` in ``data/lexicon/dates.yaml``.

Mixed into `events.extract.dates_arabic.ArabicRules`, which lists the rule with its others.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from events.extract import dates_calendar as cal
from events.extract.dates_rules import Found, alt, norm_entry
from events.extract.doc import Doc

_WORD = re.compile(r"[^\W\d_]+")
# Longer than a week, a span is a period ("period" dates): what it dates is a summary of weeks
# or months ("قتل أكثر من 20 شرطيا خلال الأسبوعين الماضيين"), which dates its own clause only
# and is no retelling of a day's event inside it (`events.extract.dating`, `mentions_agree`).
PERIOD_DAYS = 7


class PastSpanRules:
    """The counted-span rule and its handler; reads ``self.counts`` (number words)."""

    counts: dict[str, int]

    def _past_span_rules(self, raw: dict) -> list[tuple[str, Callable, list[str]]]:
        spans = raw.get("past_spans")
        if not spans:
            return []
        self.span_units = {norm_entry(w): u for w, u in spans["units"].items()}
        self.span_duals = {norm_entry(w): u for w, u in (spans.get("duals") or {}).items()}
        self.span_few = {norm_entry(w): int(n) for w, n in (spans.get("few") or {}).items()}
        self.span_not_before = frozenset(norm_entry(w) for w in spans.get("not_before") or ())
        self.span_longest = int(spans.get("longest_months", 12))
        leads = [norm_entry(w) for w in spans["leads"]]
        ends = alt(norm_entry(w) for w in spans["ends"])
        fews = alt(norm_entry(w) for w in spans.get("fews") or ["(?!)"])
        count = rf"(?:ال(?:ـ\s?)?)?(?P<n>\d{{1,3}}|{alt(self.counts)})"
        plural = rf"(?P<unit>{alt(self.span_units)})\s+(?:{count}|(?P<few>{fews}))?\s*(?:{ends})"
        duals = rf"|(?P<dual>{alt(self.span_duals)})\s+(?:{ends})" if self.span_duals else ""
        return [(rf"(?:{alt(leads)})\s+(?:{plural}{duals})", self._past_span, leads)]

    def _past_span(self, m: re.Match, doc: Doc) -> Found | None:
        """The days from N units before publication to it; None after a word that makes the
        span a part of something else ("الأيام الأخيرة من رمضان") or past `longest_months`."""
        after = _WORD.findall(doc.norm, m.end(), m.end() + 8)
        if doc.published is None or after and after[0] in self.span_not_before:
            return None
        if m["dual"]:
            unit, n = self.span_duals[norm_entry(m["dual"])], 2
        else:
            unit = self.span_units[norm_entry(m["unit"])]
            n = self._span_count(m)
        if not n:
            return None
        start = _back(doc.published, unit, n, self.span_longest)
        if start is None:
            return None
        kind = "period" if (doc.published - start).days > PERIOD_DAYS else "relative"
        return Found(m.start(), m.end(), kind, start, doc.published, cal.prec_of(start, doc.published))

    def _span_count(self, m: re.Match) -> int | None:
        """The units a plural names: its number, else the lexicon's few for that unit."""
        if m["n"]:
            return int(m["n"]) if m["n"].isdigit() else self.counts.get(norm_entry(m["n"]))
        return self.span_few.get(norm_entry(m["unit"]))


def _back(published: date, unit: str, n: int, longest_months: int) -> date | None:
    """The day ``n`` ``unit``s before ``published`` (hours round up to whole days), or None
    when that lies more than ``longest_months`` months back."""
    if unit == "hour":
        days = -(-n // 24)
    elif unit == "day":
        days = n
    elif unit == "week":
        days = 7 * n
    else:
        if n > longest_months:
            return None
        y, mo = cal.shift_month(published, -n)
        return cal.safe_date(y, mo, published.day) or cal.month_interval(y, mo)[1]
    return published - timedelta(days=days) if days <= 31 * longest_months else None
