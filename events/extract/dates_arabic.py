"""Arabic date rules: the patterns built from ``data/lexicon/dates.yaml`` (Gregorian and Hijri
months, ordinal days, relative phrases, weekdays) and the handler that resolves each with the
calendar rules of `events.extract.dates_calendar`; the span search and selection is
`events.extract.dates`, which normalises the vocabulary these read from ``self``.

Mixed into the date lexicon like `events.extract.dates_english.EnglishRules`, so that each
language's rules can be read (and grown) on their own.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from events.extract import dates_calendar as cal
from events.extract.dates_rules import Found, alt, norm_entry, phrase_key
from events.extract.dates_hijri import HijriRules
from events.extract.doc import Doc

_WORD = re.compile(r"[^\W\d_]+")
_ALMANAC_LINE = re.compile(r"\s*\d{4}\s*[-\u2013\u2014]\s")  # "1943 - …": an almanac line
_ENTRY = re.compile(r"(?:^|\.)\s*(\d{4})\s*[-\u2013\u2014]\s", re.MULTILINE)  # an entry's year


def _almanac_year(doc: Doc, pos: int) -> int | None:
    """The year of the almanac entry ``pos`` lies in ("1993 - إسرائيل تشن عملية … انتهت في 31
    يوليو": 31 July 1993): a day or month written without a year is of its entry's year."""
    line = doc.norm.rfind("\n", 0, pos) + 1
    if not _ALMANAC_LINE.match(doc.norm, line):
        return None
    years = [int(m[1]) for m in _ENTRY.finditer(doc.norm, line, pos)]
    return years[-1] if years and 1000 <= years[-1] <= 2100 else None


class ArabicRules(HijriRules):
    """Arabic patterns and handlers, mixed into the date lexicon."""

    def _arabic_rules(self, raw: dict) -> list[tuple[str, Callable, list[str]]]:
        """The rules, indexed by the words (or "#" for a digit) a match can start with."""
        M, HM = alt(self.months), alt(self.hmonths)
        cue = rf"(?:\s+(?P<cue>{alt(self.cues)}))?"
        join = rf"(?:{alt(norm_entry(w) for w in raw['day_month_joiners'])}\s+)?"
        yjoin = alt(norm_entry(w) for w in raw["year_joiners"])
        ry = raw.get("relative_years") or {}
        ryear = (rf"|(?:(?:{alt(norm_entry(w) for w in ry['joiners'])})\s+)?"
                 rf"(?:{alt(norm_entry(w) for w in ry['words'])})\s+(?P<rc>{alt(self.cues)})"
                 if ry else "")  # both keys are required by the schema when the entry is there
        year = rf"(?:\s*,?\s*(?:(?:{yjoin}\s+)?(?P<y>\d{{4}})(?:\s*م(?!\w))?{ryear}))?"
        mark = rf"(?:\s*(?P<mk>{alt(self.hmarks)}))?"
        rj = alt(norm_entry(w) for w in raw["range_joiners"])
        parts = alt(self.parts)
        openers = [norm_entry(w) for w in raw["range_openers"]]
        leads = list(dict.fromkeys([norm_entry(w) for w in raw["month_leads"]] + list(self.month_parts)))
        yleads = [norm_entry(w) for w in raw["year_leads"]]
        pairs = raw.get("year_pairs") or {"openers": [], "duals": []}
        popen, duals = ([norm_entry(w) for w in pairs[k]] for k in ("openers", "duals"))
        ago = [norm_entry(w) for w in raw["days_ago"]["leads"]]
        abouts = [norm_entry(w) for w in raw["days_ago"].get("about") or ()]
        about = rf"(?:(?P<about>{alt(abouts)})\s+)?" if abouts else ""
        today = [norm_entry(w) for w in raw["weekday_today"]]
        wjoin = [norm_entry(w) for w in raw["weekday_joiners"]]
        hleads = [norm_entry(w) for w in raw["hijri_month_leads"]]
        names = raw.get("hijri_names") or {}  # months that are names too ("بداية رجب طيب")
        self.hijri_names = frozenset(norm_entry(w) for w in names.get("months") or ())
        self.hijri_name_leads = frozenset(norm_entry(w) for w in names.get("leads") or ())
        ojoin = rf"(?:{alt(norm_entry(w) for w in raw['ordinal_month_joiners'])})\s+"

        # "حرب أكتوبر 1973 … في يومي 24 و25 أكتوبر": a month named with its year earlier in
        # the sentence gives that year to its days named later without one
        self._month_with_year = re.compile(rf"(?<!\w)({M})\s+(\d{{4}})(?!\d)")
        # "في مارس (آذار) وأبريل (نيسان) 2012": the next month of a pair names the year of both
        self._paired_month_year = re.compile(
            rf"\s*(?:{rj})\s*(?:{M})(?:\s*[/(\-\u2013]?\s*(?:{M})\s*\)?)?\s*,?\s*(\d{{4}})(?!\d)")

        def mx(g: str) -> str:  # "أيار/مايو", "حزيران (يونيو)", "أبريل - نيسان": one month
            return rf"(?P<{g}>{M})(?:\s*[/(\-\u2013]?\s*{M}\s*\)?)?"

        D = ["#"]
        named = raw.get("named_days") or {}
        nleads = [norm_entry(w) for w in named.get("leads") or ()]
        dec = raw.get("decades") or {}
        dtails = alt(norm_entry(w) for w in dec.get("tails") or ()) if dec.get("tails") else None
        dleads = list(dict.fromkeys(leads + yleads))
        dnouns = [norm_entry(w) for w in dec.get("nouns") or ()]
        dnoun = rf"(?:(?:{alt(dnouns)})\s+)?" if dnouns else ""
        ar: list[tuple[str, Callable, list[str]]] = [
            # "بعد أحداث 11 سبتمبر", "هجمات الحادي عشر من سبتمبر": a day known by its year
            *([(rf"(?:{alt(nleads)})\s+(?P<nd>{alt(self.named_days)})(?:\s*[/(\-]?\s*(?:{M})\s*\)?)?"
              rf"(?!\s*,?\s*(?:(?:{yjoin})\s+)?\d)(?!\s+(?:{alt(self.cues)}|{M})(?!\w))",
                self._named_day, nleads)] if nleads and self.named_days else []),
            # "في التسعينات من القرن الماضي", "خلال الثمانينيات": a decade of the last century
            # (after a word of time only: "مصر الستينات" names a country as it was)
            *([(rf"(?:{alt(dleads)})\s+{dnoun}(?P<dec>{alt(self.decades)})"
                + (rf"(?:\s+(?:{dtails}))?" if dtails else ""), self._decade, dleads)]
              if self.decades else []),
            # 25/5/2017, 2017-05-25, 1439/3/23 هـ
            (rf"(?P<a>\d{{1,4}})\s?(?P<s>[/.\-])\s?(?P<b>\d{{1,2}})\s?(?P=s)\s?(?P<c>\d{{1,4}}){mark}", self._numeric, D),
            # بين 3 و5 حزيران، 29 – 30 ماي؛ 28 أيار - 2 حزيران
            (rf"(?:{alt(openers)}\s+)?(?P<d1>\d{{1,2}})\s*{rj}\s*(?P<d2>\d{{1,2}})\s+{join}{mx('m')}"
             rf"{year}{cue}", self._range, D + openers),
            (rf"(?P<d1>\d{{1,2}})\s+{join}{mx('m1')}\s*{rj}\s*(?P<d2>\d{{1,2}})\s+{join}{mx('m')}{year}{cue}",
             self._range, D),
            # 25 ماي الماضي، 25 من شهر مايو 2017؛ في مايو الماضي، أيار 2016
            (rf"(?P<d>\d{{1,2}})\s+{join}{mx('m')}{year}{cue}", self._day, D),
            (rf"(?:(?P<lead>{alt(leads)})\s+)?{mx('m')}{year}{cue}", self._month, leads + list(self.months)),
            # 23 ربيع الأول 1439 هـ، رمضان 1438، رمضان الماضي
            (rf"(?P<d>\d{{1,2}})\s+{join}(?P<hm>{HM})(?:\s+(?P<y>\d{{3,4}}))?{mark}{cue}", self._hijri, D),
            (rf"(?P<hm>{HM})\s+(?P<y>\d{{4}}){mark}", self._hijri, list(self.hmonths)),
            (rf"(?:(?P<lead>{alt(hleads)})\s+)?(?P<hm>{HM})(?:\s+(?P<cue>{alt(self.cues)}))?", self._hijri_month,
             hleads + list(self.hmonths)),
            # الخامس من حزيران؛ 15 من الشهر الجاري؛ السابع والعشرين من رمضان
            (rf"(?P<od>{alt(self.ordinals)})\s+{ojoin}{mx('m')}{year}{cue}", self._day, list(self.ordinals)),
            (rf"(?P<d>\d{{1,2}})\s+{join}(?P<rm>{alt(self.rel_months)})", self._day_rel, D),
            # ليلة 20 إلى 21 من الشهر الجاري؛ بين 3 و5 من الشهر الماضي
            (rf"(?:{alt(openers)}\s+)?(?P<d1>\d{{1,2}})\s*{rj}\s*(?P<d2>\d{{1,2}})\s+{join}"
             rf"(?P<rm>{alt(self.rel_months)})", self._range_rel, D + openers),
            (rf"(?P<od>{alt(self.ordinals)})\s+{ojoin}(?P<rm>{alt(self.rel_months)})", self._day_rel,
             list(self.ordinals)),
            (rf"(?P<od>{alt(self.ordinals)})\s+{ojoin}(?P<hm>{HM})(?:\s+(?P<y>\d{{3,4}}))?{mark}{cue}",
             self._hijri, list(self.ordinals)),
            # بين عامي 1982 و1990؛ خلال عامي 2013 و2014؛ ما بين 2004 و2014
            *([(rf"(?:(?P<op>{alt(popen)})\s+)?(?:(?P<dual>{alt(duals)})\s+)?(?P<y1>\d{{4}})\s*"
                rf"(?:{rj})\s*(?:(?:{alt(yleads)})\s+)?(?P<y2>\d{{4}})(?!\s?[/\-]\s?\d|\.\d)"
                rf"(?:\s*م(?!\w))?", self._year_pair, popen + duals)] if duals else []),
            # عام 2016؛ ليلة أول أمس، الأسبوع الماضي؛ قبل 3 أيام؛ يوم الاثنين؛ ليل الخميس - الجمعة
            # (not the year of a numeric date: "في 1439/3/23 هـ" is a day)
            (rf"(?:{alt(yleads)})\s+(?P<y>\d{{4}})(?!\s?[/\-]\s?\d|\.\d)(?:\s*م(?!\w))?{mark}", self._year, yleads),
            # "1943 - الحلفاء يقصفون هامبورغ": a line of an almanac ("هذا اليوم في التاريخ")
            (r"(?P<y>\d{4})(?=\s*[-\u2013\u2014]\s)", self._line_year, D),
            (rf"(?:(?P<part>{parts})[\s\-]+)?(?P<rel>{alt(self.relative)})", self._relative,
             list(self.parts) + list(self.relative)),
            # خلال الأشهر الثلاثة الماضية؛ طوال الأسبوعين الماضيين (`dates_spans`)
            *self._past_span_rules(raw),
            (rf"(?:{alt(ago)})\s+{about}(?P<n>\d{{1,2}}|{alt(self.counts)})\s+"
             rf"{alt(norm_entry(w) for w in raw['days_ago']['units'])}", self._ago, ago),
            (rf"(?:{alt(ago)})\s+(?P<n>\d{{1,3}}|{alt(self.counts)})\s+"
             rf"{alt(norm_entry(w) for w in raw['years_ago']['units'])}", self._years_ago, ago),
            (rf"(?:(?:(?P<today>{alt(today)})|(?P<part>{parts}))[\s\-]+)?(?P<wd>{alt(self.weekdays)}){cue}",
             self._weekday, today + list(self.parts) + list(self.weekdays)),
            (rf"(?:(?P<part>{parts})[\s\-]+)?(?P<wd>{alt(self.weekdays)})\s*(?:[-/]|{alt(wjoin)})?\s*"
             rf"(?P<wd2>{alt(self.weekdays)}){cue}", self._weekdays, list(self.parts) + list(self.weekdays)),
        ]
        return ar

    def _year_given(self, m: re.Match, doc: Doc) -> int | None:
        """The year a match names: its digits, or a year word and a cue ("العام الماضي": the
        year before publication's)."""
        if m["y"]:
            return int(m["y"])
        rc = m.groupdict().get("rc")
        if rc and doc.published is not None:
            return doc.published.year + {"past": -1, "next": 1}.get(self.cues.get(norm_entry(rc), ""), 0)
        return None

    def _year_named_before(self, doc: Doc, pos: int, month: int) -> int | None:
        """The year given to ``month`` earlier in the sentence ("حرب أكتوبر 1973 … 25 أكتوبر")."""
        lo = max(doc.norm.rfind(".", 0, pos), doc.norm.rfind("\n", 0, pos)) + 1
        years = [int(y) for name, y in self._month_with_year.findall(doc.norm, lo, pos)
                 if self.months.get(norm_entry(name)) == month and 1000 <= int(y) <= 2100]
        return years[-1] if years else None

    def _day_of(self, m: re.Match) -> int:
        """The day of a match: digits, or an ordinal (الخامس والعشرين)."""
        if m.groupdict().get("od"):
            return self.ordinals[phrase_key(norm_entry(m["od"]))]
        return int(m["d"])

    def _numeric(self, m: re.Match, doc: Doc) -> Found | None:
        """25/5/2017, 2017-05-25, 1439/3/23 هـ: a four-digit year first or last."""
        a, b, c = m["a"], int(m["b"]), m["c"]
        if len(a) == 4 and len(c) <= 2:
            y, mo, d = int(a), b, int(c)
        elif len(c) == 4 and len(a) <= 2:
            y, mo, d = int(c), b, int(a)
        else:
            return None
        if m["mk"] or y <= self.hijri_max:
            g = cal.hijri_to_gregorian(y, mo, d)
            return Found(m.start(), m.end(), "hijri", g, g, 1) if g else None
        g = cal.safe_date(y, mo, d)
        return Found(m.start(), m.end(), "absolute", g, g, 1) if g else None

    def _day(self, m: re.Match, doc: Doc) -> Found | None:
        """"25 مايو 2017", "يوم 25 ماي الماضي" (the day part is left to the caller's span)."""
        d, mo = self._day_of(m), self.months[norm_entry(m["m"])]
        if not 1 <= d <= 31:
            return None
        y = self._year_given(m, doc) or _almanac_year(doc, m.start()) or self._year_named_before(
            doc, m.start(), mo) or cal.year_for_day(mo, d, self.cues.get(m["cue"] or ""),
                                                    doc.published)
        g = cal.safe_date(y, mo, d) if y else None
        if y and g is None:
            return None
        return Found(m.start(), m.end(), "absolute", g, g, 1)

    def _range(self, m: re.Match, doc: Doc) -> Found | None:
        """"29 – 30 ماي", "بين 3 و5 حزيران", "28 أيار - 2 حزيران": one interval."""
        d1, d2, mo = int(m["d1"]), int(m["d2"]), self.months[norm_entry(m["m"])]
        if m.groupdict().get("m1"):
            m1 = self.months[norm_entry(m["m1"])]
        else:  # "30 - 2 يونيو": the first day is in the month before
            m1 = mo if d1 <= d2 else mo - 1 or 12
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1 == mo and d1 >= d2):
            return None
        y = self._year_given(m, doc) or _almanac_year(doc, m.start()) or self._year_named_before(
            doc, m.start(), mo) or cal.year_for_day(mo, d2, self.cues.get(m["cue"] or ""),
                                                    doc.published)
        if y is None:
            return Found(m.start(), m.end(), "range", None, None, 2)
        s, e = cal.safe_date(y - (m1 > mo), m1, d1), cal.safe_date(y, mo, d2)
        if s is None or e is None or s > e:
            return None
        return Found(m.start(), m.end(), "range", s, e, cal.prec_of(s, e))

    def _month(self, m: re.Match, doc: Doc) -> Found | None:
        """"في مايو الماضي", "أيار 2017", "شهر آب": a whole month; needs a lead, year or cue."""
        name, lead, cue = norm_entry(m["m"]), m["lead"], self.cues.get(m["cue"] or "")
        named = lead and (name not in self.ambiguous or norm_entry(lead) == "شهر" or (
            name in self.led_months and norm_entry(lead) in self.month_time_leads))
        given = self._year_given(m, doc)
        if not (given or cue or named):
            return None
        mo = self.months[name]
        paired = None if given or cue else self._paired_month_year.match(doc.norm, m.end())
        y = given or (int(paired[1]) if paired else None) or _almanac_year(doc, m.start()) \
            or cal.year_for_month(mo, cue, doc.published)
        s, e = cal.month_interval(y, mo) if y else (None, None)
        part = self.month_parts.get(norm_entry(lead or ""))
        if part and s is not None and e is not None:  # "أواخر حزيران": some of its days
            s, e = cal.month_part(s, e, *part)
            return Found(m.start(), m.end(), "month", s, e, cal.prec_of(s, e))
        start = m.start("m") if lead else m.start()
        return Found(start, m.end(), "month", s, e, 4)

    def _year(self, m: re.Match, doc: Doc) -> Found | None:
        """"عام 2016", "سنة 1438 هـ": a whole year."""
        y = int(m["y"])
        span = (m.start(), m.end())
        if m["mk"] or 1300 <= y <= self.hijri_max:
            iv = cal.hijri_year_interval(y)
            return Found(*span, "year", *iv, 5) if iv else None
        if not 1900 <= y <= 2100:
            return None
        return Found(*span, "year", date(y, 1, 1), date(y, 12, 31), 5)

    def _year_pair(self, m: re.Match, doc: Doc) -> Found | None:
        """"بين عامي 1982 و1990", "خلال عامي 2013 و2014": the span from the first year's start
        to the second's end. Only after an opener or a dual year word, only Gregorian years
        in order."""
        y1, y2 = int(m["y1"]), int(m["y2"])
        if not (m["op"] or m["dual"]) or not 1900 <= y1 < y2 <= 2100:
            return None
        return Found(m.start(), m.end(), "range", date(y1, 1, 1), date(y2, 12, 31), 5)

    def _line_year(self, m: re.Match, doc: Doc) -> Found | None:
        """"1943 - ...", "1957- ..." opening a line: an almanac entry ("on this day in history"),
        told in that whole year (Gregorian: such lists run back past 1900). Only at the start of a
        line, or of a sentence in a line that opens so (entries run on when line breaks were
        lost: "… في 1946 . 1969- مقتل …"), so "2011 - 2015" inside a sentence stays what it was."""
        line = doc.norm.rfind("\n", 0, m.start()) + 1
        y = int(m["y"])
        before = doc.norm[line:m.start()].rstrip()
        if before and not (before.endswith(".") and _ALMANAC_LINE.match(doc.norm, line)) \
                or not 1000 <= y <= 2100:
            return None
        return Found(m.start(), m.end(), "year", date(y, 1, 1), date(y, 12, 31), 5)

    def _relative(self, m: re.Match, doc: Doc) -> Found | None:
        """أمس، ليلة أول أمس، الأسبوع الماضي…: offsets from the lexicon; ليلة X = X..X+1."""
        entry = self.relative[phrase_key(norm_entry(m["rel"]))]
        if self._blocked(doc.norm, m.start(), m.end()) or int(entry["prec"]) >= 3 and \
                self._anchored(doc.norm, m.start(), m.end()):
            return None  # (hours before another event are that event's day, near enough)
        if self._leads_month_part(doc.norm, m.start("rel"), m.end()):
            return None  # "في الأيام الأخيرة من رمضان": the month's days (`month_parts`)
        iv = cal.relative_interval(entry, doc.published)
        prec = int(entry["prec"])
        start = m.start()
        if m["part"] and not entry.get("day"):
            start = m.start("rel")
        elif m["part"] and self.parts.get(phrase_key(norm_entry(m["part"]))):
            prec = 2
            if iv:
                iv = (iv[0], iv[1] + timedelta(days=1))
        kind = "relative"
        return Found(start, m.end(), kind, *(iv or (None, None)), prec)

    def _day_rel(self, m: re.Match, doc: Doc) -> Found | None:
        """"في الـ15 من الشهر الجاري", "العاشر من الشهر الماضي": a day of a relative month."""
        d = self._day_of(m)
        iv = cal.relative_interval(self.relative[phrase_key(norm_entry(m["rm"]))], doc.published)
        g = cal.safe_date(iv[0].year, iv[0].month, d) if iv else None
        if iv and g is None:
            return None
        return Found(m.start(), m.end(), "absolute", g, g, 1)

    def _range_rel(self, m: re.Match, doc: Doc) -> Found | None:
        """"ليلة 20 إلى 21 من الشهر الجاري": days of a relative month, one interval."""
        d1, d2 = int(m["d1"]), int(m["d2"])
        iv = cal.relative_interval(self.relative[phrase_key(norm_entry(m["rm"]))], doc.published)
        if d1 >= d2:
            return None
        if not iv:
            return Found(m.start(), m.end(), "range", None, None, 2)
        s, e = (cal.safe_date(iv[0].year, iv[0].month, d) for d in (d1, d2))
        if s is None or e is None:
            return None
        return Found(m.start(), m.end(), "range", s, e, cal.prec_of(s, e))

    def _blocked(self, text: str, start: int, end: int) -> bool:
        """"في نفس اليوم", "اليوم التالي": the relative phrase is not about publication."""
        before = _WORD.findall(text, max(0, start - 12), start)
        after = _WORD.findall(text, end, end + 12)
        return bool((before and before[-1] in self.block_before)
                    or (after and after[0] in self.block_after)
                    or (after and after[0] in self.block_after_word and " " not in text[start:end].strip()))

    def _leads_month_part(self, text: str, start: int, end: int) -> bool:
        """The phrase, its preposition dropped, with the "من" after it, leads a part of a month
        ("في الأيام الأخيرة من يوليو"): the days of that month, not the report's last days."""
        words = _WORD.findall(text, start, end)
        after = _WORD.findall(text, end, end + 6)
        return bool(after) and after[0] == "من" and any(
            " ".join([*words[i:], "من"]) in self.month_parts for i in range(len(words)))

    def _anchored(self, text: str, start: int, end: int) -> bool:
        """"قبل شهر من سقوط المدينة", "قبل 3 أيام من الهدنة": a span counted from another
        event, not from the report."""
        words = _WORD.findall(text, start, end)
        after = _WORD.findall(text, end, end + 6)
        return bool(words and words[0] in self.anchor_leads and after
                    and after[0] in self.anchor_links)

    def _ago(self, m: re.Match, doc: Doc) -> Found | None:
        """"قبل 3 أيام", "منذ ثلاثة أيام": N days before publication; "قبل نحو عشرة أيام" the
        days around it."""
        n = int(m["n"]) if m["n"].isdigit() else self.counts.get(norm_entry(m["n"]))
        if not n or self._anchored(doc.norm, m.start(), m.end()):
            return None
        g = doc.published - timedelta(days=n) if doc.published else None
        if g is None or not m.groupdict().get("about"):
            return Found(m.start(), m.end(), "relative", g, g, 1)
        spread = timedelta(days=max(1, n // 5))  # "قبل نحو عشرة أيام": a guess, days either side
        latest = min(g + spread, doc.published - timedelta(days=1))  # n >= 1: never before g
        return Found(m.start(), m.end(), "relative", g - spread, latest, 2 if n < 15 else 3)

    def _years_ago(self, m: re.Match, doc: Doc) -> Found | None:
        """"قبل 70 عاما": the whole year that many years before publication."""
        n = int(m["n"]) if m["n"].isdigit() else self.counts.get(norm_entry(m["n"]))
        if not n or doc.published is None or not 1900 <= doc.published.year - n:
            return None
        y = doc.published.year - n
        return Found(m.start(), m.end(), "year", date(y, 1, 1), date(y, 12, 31), 5)

    def _decade(self, m: re.Match, doc: Doc) -> Found | None:
        """"التسعينات": the ten years of that decade of the twentieth century (dates.yaml
        ``decades``), history however the verb runs — of its own clause only (`dating`)."""
        first = 1900 + 10 * self.decades[norm_entry(m["dec"])]
        return Found(m.start(), m.end(), "decade", date(first, 1, 1), date(first + 9, 12, 31), 5)

    def _named_day(self, m: re.Match, doc: Doc) -> Found | None:
        """"بعد أحداث 11 سبتمبر": the day of the year it is known by (dates.yaml
        ``named_days``), not the last 11 September before publication."""
        day = self.named_days[norm_entry(m["nd"])]
        return Found(m.start("nd"), m.end(), "absolute", day, day, 1)  # (the lead is the deed)

    def _weekday(self, m: re.Match, doc: Doc) -> Found | None:
        """"يوم الاثنين", "الثلاثاء الماضي", "اليوم الخميس": the last such day before publication."""
        wd, not_after = self.weekdays[norm_entry(m["wd"])]
        cue = self.cues.get(m["cue"] or "")
        before = doc.norm[max(0, m.start() - 30):m.start()].split()
        if not (m["today"] or m["part"] or cue) and before and before[-1] in not_after:
            return None
        g = cal.weekday_date(wd, doc.published, today=bool(m["today"]), cue=cue)
        night = bool(m["part"] and self.parts.get(phrase_key(norm_entry(m["part"]))))
        s = g - timedelta(days=1) if g and night else g
        lag = (doc.published - g).days if m["today"] and g and doc.published else None
        return Found(m.start(), m.end(), "weekday", s, g, 2 if night else 1, lag)

    def _weekdays(self, m: re.Match, doc: Doc) -> Found | None:
        """"ليل الخميس - الجمعة", "ليلة السبت على الأحد": the days from one weekday to the next."""
        wd, _ = self.weekdays[norm_entry(m["wd"])]
        wd2, _ = self.weekdays[norm_entry(m["wd2"])]
        days = (wd2 - wd) % 7
        if not 1 <= days <= 6:
            return None
        # the span may end on publication day: a Friday paper reports "the night of Thu-Fri"
        end = cal.weekday_date(wd2, doc.published, today=True, cue=self.cues.get(m["cue"] or ""))
        start = end - timedelta(days=days) if end else None
        return Found(m.start(), m.end(), "weekday", start, end, 2 if days < 6 else 3)
