"""English date rules: the vocabulary of ``data/lexicon/en/dates.yaml``, the calendar rules of
`events.extract.dates_calendar`, the span selection of `events.extract.dates`.

A month or weekday name counts only when capitalised ("may", "march", "sun" are words). A
weekday names the most recent such day — the publication day itself included when the
lexicon says so (wire stories are written the day they report: "on Sunday" in a Sunday story
is that Sunday); "Tuesday night" runs into Wednesday; "the night of 29 to 30 May" is 29..30 May.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

from events.extract import dates_calendar as cal
from events.extract.dates_rules import Found, alt, phrase_key
from events.extract.doc import Doc

RuleSpec = tuple[str, Callable[[re.Match[str], Doc], "Found | None"], list[str]]


def _lower_map(table: dict[Any, list[str]]) -> dict[str, int]:
    return {str(w).lower(): int(k) for k, ws in table.items() for w in ws}


class EnglishRules:
    """English vocabulary and handlers, mixed into the date lexicon."""

    def _english_rules(self, en: dict[str, Any]) -> list[RuleSpec]:
        """(pattern, handler, first words) of each English rule; "#" stands for a digit."""
        self.en_months = _lower_map(en["months"])
        self.en_weekdays = _lower_map(en["weekdays"])
        self.en_cues = {w.lower(): c for c, ws in en["cues"].items() for w in ws}
        self.en_relative = {phrase_key(p.lower()): e for e in en["relative"] for p in e["phrases"]}
        self.en_counts = {k.lower(): int(v) for k, v in en["days_ago"]["counts"].items()}
        self.en_today = bool(en.get("publication_day_counts"))
        self.en_month_parts = {k.lower(): tuple(v) for k, v in (en.get("month_parts") or {}).items()}
        D = ["#"]
        EM, WD = alt(self.en_months), alt(self.en_weekdays)
        eyear = r"(?:,?\s+(?P<y>\d{4}))?"
        th = r"(?:st|nd|rd|th)?"
        rj = alt(en.get("range_joiners") or ["-", "to", "and"])
        mleads = [w.lower() for w in en.get("month_leads") or []] + list(self.en_cues)
        wleads = [w.lower() for w in en["weekday_leads"]] + list(self.en_cues)
        yleads = [w.lower() for w in en.get("year_leads") or ["in", "since"]]
        night = alt(w.lower() for w in en.get("night_words") or ["night"])
        year_nouns = en.get("year_nouns") or {}
        ydets = [w.lower() for w in year_nouns.get("determiners") or ["the"]]
        ynouns = [w.lower() for w in year_nouns.get("nouns") or ["war"]]
        poss = en.get("weekday_possessive") or {}
        psuf = alt(poss.get("suffixes") or ["s"])
        pnot = "".join(rf"(?<!\b{re.escape(w.lower())}\s)" for w in poss.get("not_after") or ())
        pfirst = [w + suf for w in self.en_weekdays for suf in poss.get("suffixes") or ["s"]]
        openers = [w.lower() for w in en.get("span_openers") or ["between"]]
        so, sj = alt(openers), alt(en.get("span_joiners") or ["and"])
        y1 = r"(?:,?\s+(?P<y1>\d{4}))?"
        return [
            (rf"(?:{so})\s+(?P<m1>{EM})\.?\s+(?P<d1>\d{{1,2}}){th}{y1}\s+{sj}\s+"
             rf"(?P<m>{EM})\.?\s+(?P<d2>\d{{1,2}}){th}{eyear}", self._en_span, openers),
            (rf"(?:{so})\s+(?P<d1>\d{{1,2}}){th}\s+(?:of\s+)?(?P<m1>{EM})\.?{y1}\s+{sj}\s+"
             rf"(?P<d2>\d{{1,2}}){th}\s+(?:of\s+)?(?P<m>{EM})\.?{eyear}", self._en_span, openers),
            (rf"(?P<d>\d{{1,2}}){th}\s+(?:of\s+)?(?P<m>{EM})\.?{eyear}", self._en_day, D),
            (rf"(?P<m>{EM})\.?\s+(?P<d>\d{{1,2}}){th}(?!\s*{rj}\s*\d){eyear}", self._en_day,
             list(self.en_months)),
            (rf"(?P<m>{EM})\.?\s+(?P<d1>\d{{1,2}}){th}\s*{rj}\s*(?P<d2>\d{{1,2}}){th}{eyear}",
             self._en_range, list(self.en_months)),
            (rf"(?:between\s+)?(?P<d1>\d{{1,2}}){th}\s*{rj}\s*(?P<d2>\d{{1,2}}){th}\s+(?:of\s+)?"
             rf"(?P<m>{EM}){eyear}", self._en_range, D + ["between"]),
            (rf"(?:(?P<lead>{alt(mleads)})[\s\-]+)?(?P<m>{EM})(?!\.?\s+\d{{1,2}}(?!\d)){eyear}",
             self._en_month,
             mleads + list(self.en_months)),
            (rf"(?P<rel>{alt(self.en_relative)})", self._en_relative, list(self.en_relative)),
            (rf"(?:{alt(yleads)})\s+(?P<y>\d{{4}})", self._en_year, yleads),
            (rf"(?:{alt(ydets)})\s+(?P<y>\d{{4}})(?=(?:\s+[A-Z][\w'-]*){{0,3}}\s+"
             rf"(?i:{alt(ynouns)})\b)", self._en_year, ydets),
            (rf"(?P<n>\d{{1,2}}|{alt(self.en_counts)})\s+{alt(en['days_ago']['units'])}\s+"
             rf"{alt(en['days_ago']['tail'])}", self._en_ago, D + list(self.en_counts)),
            (rf"(?:(?P<lead>{alt(wleads)})\s+)?(?P<wd>{WD})(?:\s+(?P<night>{night}))?",
             self._en_weekday, wleads + list(self.en_weekdays)),
            (rf"{pnot}(?P<wd>{WD}){psuf}(?=\s+(?-i:[a-z]))", self._en_weekday_of, pfirst),
            (r"(?P<a>\d{1,4})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{1,4})", self._en_numeric, D),
        ]

    def _en_day(self, m: re.Match, doc: Doc) -> Found | None:
        """"25 May 2017", "May 25", "Aug 18, 2016": the month must be capitalised."""
        if not m["m"][0].isupper():
            return None
        d, mo = int(m["d"]), self.en_months[m["m"].lower()]
        y = int(m["y"]) if m["y"] else cal.year_for_day(mo, d, None, doc.published)
        g = cal.safe_date(y, mo, d) if y else None
        if y and g is None:
            return None
        return Found(m.start(), m.end(), "absolute", g, g, 1)

    def _en_range(self, m: re.Match, doc: Doc) -> Found | None:
        """"May 29-30", "3 to 5 June 2016", "the night of 29 to 30 May": days of one month."""
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

    def _en_span(self, m: re.Match, doc: Doc) -> Found | None:
        """"between Nov. 14 and Dec. 2", "from 30 September 2015 to 15 March 2016": days of two
        months, the first in the year before when its month comes later and no year is said."""
        if not (m["m1"][0].isupper() and m["m"][0].isupper()):
            return None
        mo1, mo2 = self.en_months[m["m1"].lower()], self.en_months[m["m"].lower()]
        d1, d2 = int(m["d1"]), int(m["d2"])
        y2 = int(m["y"]) if m["y"] else cal.year_for_day(mo2, d2, None, doc.published)
        y1 = int(m["y1"]) if m["y1"] else (y2 - (mo1 > mo2) if y2 else None)
        s, e = (cal.safe_date(y1, mo1, d1), cal.safe_date(y2, mo2, d2)) if y1 and y2 else (None, None)
        if y1 and y2 and (s is None or e is None or s >= e):
            return None
        start = m.start("m1") if m.start("m1") < m.start("d1") else m.start("d1")
        return Found(start, m.end(), "range", s, e, cal.prec_of(s, e) if s and e else 2)

    def _en_month(self, m: re.Match, doc: Doc) -> Found | None:
        """"in February", "last March", "June 2016": a whole month; "late May", "mid-July":
        the part of it the lead names."""
        if not m["m"][0].isupper() or not (m["y"] or m["lead"]):
            return None
        if (m["m"].lower() == "mar" or m["m"].lower() == "may" and not m["lead"]) and not m["y"]:
            return None  # "May" needs a lead ("they may"); "Mar" without a year is not a month
        mo = self.en_months[m["m"].lower()]
        lead = " ".join((m["lead"] or "").lower().split())
        cue = self.en_cues.get(lead)
        y = int(m["y"]) if m["y"] else cal.year_for_month(mo, cue, doc.published)
        if not y:
            return Found(m.start(), m.end(), "month", None, None, 4)
        s, e = cal.month_interval(y, mo)
        if lead in self.en_month_parts:
            first, last = self.en_month_parts[lead]
            s, e = s.replace(day=min(first, e.day)), e.replace(day=min(last, e.day))
        return Found(m.start(), m.end(), "month", s, e, cal.prec_of(s, e))

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
        """"on Tuesday", "last Sunday", "Tuesday night" (→ Wednesday)."""
        if not m["wd"][0].isupper():
            return None
        cue = self.en_cues.get((m["lead"] or "").lower())
        g = cal.weekday_date(self.en_weekdays[m["wd"].lower()], doc.published,
                             today=self.en_today and cue is None, cue=cue)
        if m["night"]:
            end = g + timedelta(days=1) if g else None
            if g and doc.published and end and end > doc.published:
                end = doc.published  # "Sunday night" in a Sunday story: not yet Monday
            return Found(m.start(), m.end(), "weekday", g, end, 2 if end != g else 1)
        return Found(m.start(), m.end(), "weekday", g, g, 1)

    def _en_weekday_of(self, m: re.Match, doc: Doc) -> Found | None:
        """"Tuesdays attack": a weekday's possessive that lost its apostrophe is that day."""
        if not m["wd"][0].isupper():
            return None
        g = cal.weekday_date(self.en_weekdays[m["wd"].lower()], doc.published, today=self.en_today)
        return Found(m.start(), m.end(), "weekday", g, g, 1)

    def _en_numeric(self, m: re.Match, doc: Doc) -> Found | None:
        """27-02-2016, 24.08.2013, 2016-02-27; a US 08/24/2013 when the middle cannot be a month."""
        a, b, c = m["a"], int(m["b"]), m["c"]
        if len(a) == 4 and len(c) <= 2:
            g = cal.safe_date(int(a), b, int(c))
        elif len(c) == 4 and len(a) <= 2:
            day, month = (int(a), b) if b <= 12 else (b, int(a))
            g = cal.safe_date(int(c), month, day)
        else:
            return None
        return Found(m.start(), m.end(), "absolute", g, g, 1) if g else None
