"""Step: find date expressions and resolve them against the publication date (``doc.dates``).

Our own regexes, built once from ``data/lexicon/dates.yaml``, find the spans; calendar rules in
`events.extract.dates_calendar` resolve them. dateparser is not used: it guesses wrong on
Arabic running text (see shared/reference/arabic-offline.md) and the month map is a lexicon
lookup anyway. Every rule is a small handler ``(match, doc) -> _Found | None``; overlapping
finds are resolved longest-first, so "يوم 25 ماي الماضي" beats "ماي الماضي".

Precision is UCDP's date_prec: 1 day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a year.
Without ``doc.published`` relative and year-less mentions are kept with null dates.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from events import lexicon
from events.extract import dates_calendar as cal
from events.extract.doc import DateMention, Doc
from events.text import Token, normalize, tokenize


@dataclass
class _Rule:
    rx: re.Pattern[str]
    handler: Callable[[re.Match[str], Doc], "_Found | None"]
    english: bool


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    date_start: date | None
    date_end: date | None
    prec: int | None


def _n(text: str) -> str:
    """A lexicon entry as it appears in ``doc.norm``."""
    return " ".join(normalize(str(text)).norm.split())


def _alt(words) -> str:
    """A regex alternation of phrases, longest first; spaces match any whitespace."""
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def _first_word(phrase: str) -> str:
    """The index key of a phrase: its first token ("#" for digits), as `tokenize` keys it."""
    if phrase == "#":
        return "#"
    toks = tokenize(phrase.lower())
    return "#" if not toks or toks[0].key[0].isdigit() else toks[0].key


def _ordinals(raw: dict) -> dict[str, int]:
    """Ordinal day phrases 1-31 built from units, the compound "one", teen and tens words."""
    units = {int(k): [_n(w) for w in ws] for k, ws in raw["units"].items()}
    tens = {int(k): [_n(w) for w in ws] for k, ws in raw["tens"].items()}
    ones = [_n(w) for w in raw["compound_one"]]
    out: dict[str, int] = {w: d for d, ws in units.items() for w in ws}
    for d in range(1, 10):
        for u in (ones if d == 1 else units[d]):
            for teen in raw["teen"]:
                out[f"{u} {_n(teen)}"] = 10 + d
            for t, ws in tens.items():
                for w in ws:
                    if t + d <= 31:
                        out[f"{u} و{w}"] = t + d
    out.update({w: t for t, ws in tens.items() for w in ws})
    return out


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


class _Lexicon:
    """dates.yaml normalised, with the regexes built from it (built once per process)."""

    def __init__(self) -> None:
        raw = lexicon.load("dates")
        nums = lexicon.load("numbers")
        self.months = {_n(w): int(m) for m, ws in raw["gregorian_months"].items() for w in ws}
        self.ambiguous = {_n(w) for w in raw["ambiguous_months"]}
        self.hmonths = {_n(w): int(m) for m, ws in raw["hijri_months"].items() for w in ws}
        self.hmarks = [_n(w) for w in raw["hijri_markers"]]
        self.hijri_max = int(raw["hijri_year_max"])
        self.cues = {_n(w): c for c, ws in raw["cues"].items() for w in ws}
        self.parts = {_n(w): bool((v or {}).get("night")) for w, v in raw["day_parts"].items()}
        self.relative = {_key(_n(p)): e for e in raw["relative"] for p in e["phrases"]}
        self.weekdays = {_n(w): (int(d), bool(v.get("needs_lead")))
                         for d, v in raw["weekdays"].items() for w in v["names"]}
        self.ordinals = _ordinals(raw["ordinal_days"])
        self.block_before = {_n(w) for w in raw["relative_blockers"]["before"]}
        self.block_after = {_n(w) for w in raw["relative_blockers"]["after"]}
        self.rel_months = {k: e for k, e in self.relative.items() if e.get("unit") == "month"}
        self.counts = {_n(w): int(v) for v, ws in nums["units"].items() for w in ws}
        self.counts.update({_n(w): int(v) for v, ws in nums["tens"].items() for w in ws})
        en = raw["en"]
        self.en_months = {w.lower(): int(m) for m, ws in en["months"].items() for w in ws}
        self.en_weekdays = {w.lower(): int(d) for d, ws in en["weekdays"].items() for w in ws}
        self.en_cues = {w.lower(): c for c, ws in en["cues"].items() for w in ws}
        self.en_relative = {_key(p.lower()): e for e in en["relative"] for p in e["phrases"]}
        self.en_counts = {k.lower(): int(v) for k, v in en["days_ago"]["counts"].items()}
        self.rules = self._build(raw)

    def _build(self, raw: dict) -> dict[str, list[_Rule]]:
        """The rules, indexed by the words (or "#" for a digit) a match can start with."""
        M, HM = _alt(self.months), _alt(self.hmonths)
        cue = rf"(?:\s+(?P<cue>{_alt(self.cues)}))?"
        join = rf"(?:{_alt(_n(w) for w in raw['day_month_joiners'])}\s+)?"
        year = r"(?:\s*,?\s*(?P<y>\d{4})(?:\s*م(?!\w))?)?"
        mark = rf"(?:\s*(?P<mk>{_alt(self.hmarks)}))?"
        rj = _alt(_n(w) for w in raw["range_joiners"])
        parts = _alt(self.parts)
        openers = [_n(w) for w in raw["range_openers"]]
        leads = [_n(w) for w in raw["month_leads"]]
        yleads = [_n(w) for w in raw["year_leads"]]
        ago = [_n(w) for w in raw["days_ago"]["leads"]]
        today = [_n(w) for w in raw["weekday_today"]]
        ojoin = rf"(?:{_alt(_n(w) for w in raw['ordinal_month_joiners'])})\s+"

        def mx(g: str) -> str:  # "أيار/مايو", "حزيران (يونيو)": one month, two spellings
            return rf"(?P<{g}>{M})(?:\s*[/(]\s*{M}\s*\)?)?"

        D = ["#"]
        ar: list[tuple[str, Callable, list[str]]] = [
            (rf"(?P<a>\d{{1,4}})(?P<s>[/.\-])(?P<b>\d{{1,2}})(?P=s)(?P<c>\d{{1,4}}){mark}", self._numeric, D),
            (rf"(?:{_alt(openers)}\s+)?(?P<d1>\d{{1,2}})\s*{rj}\s*(?P<d2>\d{{1,2}})\s+{join}{mx('m')}"
             rf"{year}{cue}", self._range, D + openers),
            (rf"(?P<d1>\d{{1,2}})\s+{join}{mx('m1')}\s*{rj}\s*(?P<d2>\d{{1,2}})\s+{join}{mx('m')}{year}{cue}",
             self._range, D),
            (rf"(?P<d>\d{{1,2}})\s+{join}{mx('m')}{year}{cue}", self._day, D),
            (rf"(?:(?P<lead>{_alt(leads)})\s+)?{mx('m')}{year}{cue}", self._month, leads + list(self.months)),
            (rf"(?P<d>\d{{1,2}})\s+{join}(?P<hm>{HM})(?:\s+(?P<y>\d{{3,4}}))?{mark}{cue}", self._hijri, D),
            (rf"(?P<hm>{HM})\s+(?P<y>\d{{4}}){mark}", self._hijri, list(self.hmonths)),
            (rf"(?P<od>{_alt(self.ordinals)})\s+{ojoin}{mx('m')}{year}{cue}", self._day, list(self.ordinals)),
            (rf"(?P<d>\d{{1,2}})\s+{join}(?P<rm>{_alt(self.rel_months)})", self._day_rel, D),
            (rf"(?P<od>{_alt(self.ordinals)})\s+{ojoin}(?P<rm>{_alt(self.rel_months)})", self._day_rel,
             list(self.ordinals)),
            (rf"(?P<od>{_alt(self.ordinals)})\s+{ojoin}(?P<hm>{HM})(?:\s+(?P<y>\d{{3,4}}))?{mark}{cue}",
             self._hijri, list(self.ordinals)),
            (rf"(?:{_alt(yleads)})\s+(?P<y>\d{{4}}){mark}", self._year, yleads),
            (rf"(?:(?P<part>{parts})[\s\-]+)?(?P<rel>{_alt(self.relative)})", self._relative,
             list(self.parts) + list(self.relative)),
            (rf"(?:{_alt(ago)})\s+(?P<n>\d{{1,2}}|{_alt(self.counts)})\s+"
             rf"{_alt(_n(w) for w in raw['days_ago']['units'])}", self._ago, ago),
            (rf"(?:(?:(?P<today>{_alt(today)})|(?P<part>{parts}))[\s\-]+)?(?P<wd>{_alt(self.weekdays)}){cue}",
             self._weekday, today + list(self.parts) + list(self.weekdays)),
        ]
        en = raw["en"]
        EM, WD = _alt(self.en_months), _alt(self.en_weekdays)
        eyear = r"(?:,?\s+(?P<y>\d{4}))?"
        mleads = ["in", "since", "during", "early", "late", "mid", *self.en_cues]
        wleads = [w.lower() for w in en["weekday_leads"]]
        english: list[tuple[str, Callable, list[str]]] = [
            (rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{EM})\.?{eyear}", self._en_day, D),
            (rf"(?P<m>{EM})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{eyear}", self._en_day, list(self.en_months)),
            (rf"(?:(?P<lead>{_alt(mleads)})[\s\-]+)?(?P<m>{EM}){eyear}", self._en_month,
             mleads + list(self.en_months)),
            (rf"(?P<rel>{_alt(self.en_relative)})", self._en_relative, list(self.en_relative)),
            (r"(?:in|since|during)\s+(?P<y>\d{4})", self._en_year, ["in", "since", "during"]),
            (rf"(?P<n>\d{{1,2}}|{_alt(self.en_counts)})\s+{_alt(en['days_ago']['units'])}\s+"
             rf"{_alt(en['days_ago']['tail'])}", self._en_ago, D + list(self.en_counts)),
            (rf"(?:(?P<lead>{_alt(wleads)})\s+)?(?P<wd>{WD})", self._en_weekday, wleads + list(self.en_weekdays)),
        ]
        index: dict[str, list[_Rule]] = {}
        for flags, group in ((0, ar), (re.IGNORECASE, english)):
            for pattern, handler, firsts in group:
                rule = _Rule(re.compile(rf"{pattern}(?!\w)", flags), handler, bool(flags))
                for w in {_first_word(f) for f in firsts}:
                    index.setdefault(w, []).append(rule)
        return index

    # ---- Arabic handlers -------------------------------------------------------------

    def _day_of(self, m: re.Match) -> int:
        """The day of a match: digits, or an ordinal (الخامس والعشرين)."""
        if m.groupdict().get("od"):
            return self.ordinals[_key(_n(m["od"]))]
        return int(m["d"])

    def _numeric(self, m: re.Match, doc: Doc) -> _Found | None:
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
            return _Found(m.start(), m.end(), "hijri", g, g, 1) if g else None
        g = cal.safe_date(y, mo, d)
        return _Found(m.start(), m.end(), "absolute", g, g, 1) if g else None

    def _day(self, m: re.Match, doc: Doc) -> _Found | None:
        """"25 مايو 2017", "يوم 25 ماي الماضي" (the day part is left to the caller's span)."""
        d, mo = self._day_of(m), self.months[_n(m["m"])]
        if not 1 <= d <= 31:
            return None
        y = int(m["y"]) if m["y"] else cal.year_for_day(mo, d, self.cues.get(m["cue"] or ""), doc.published)
        g = cal.safe_date(y, mo, d) if y else None
        if y and g is None:
            return None
        return _Found(m.start(), m.end(), "absolute", g, g, 1)

    def _range(self, m: re.Match, doc: Doc) -> _Found | None:
        """"29 – 30 ماي", "بين 3 و5 حزيران", "28 أيار - 2 حزيران": one interval."""
        d1, d2, mo = int(m["d1"]), int(m["d2"]), self.months[_n(m["m"])]
        m1 = self.months[_n(m["m1"])] if m.groupdict().get("m1") else (mo if d1 <= d2 else mo - 1 or 12)
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1 == mo and d1 >= d2):
            return None
        y = int(m["y"]) if m["y"] else cal.year_for_day(mo, d2, self.cues.get(m["cue"] or ""), doc.published)
        if y is None:
            return _Found(m.start(), m.end(), "range", None, None, 2)
        s, e = cal.safe_date(y - (m1 > mo), m1, d1), cal.safe_date(y, mo, d2)
        if s is None or e is None or s > e:
            return None
        return _Found(m.start(), m.end(), "range", s, e, cal.prec_of(s, e))

    def _month(self, m: re.Match, doc: Doc) -> _Found | None:
        """"في مايو الماضي", "أيار 2017", "شهر آب": a whole month; needs a lead, year or cue."""
        name, lead, cue = _n(m["m"]), m["lead"], self.cues.get(m["cue"] or "")
        if not (m["y"] or cue or (lead and name not in self.ambiguous) or (lead and _n(lead) == "شهر")):
            return None
        mo = self.months[name]
        y = int(m["y"]) if m["y"] else cal.year_for_month(mo, cue, doc.published)
        s, e = cal.month_interval(y, mo) if y else (None, None)
        start = m.start("m") if lead else m.start()
        return _Found(start, m.end(), "month", s, e, 4)

    def _hijri(self, m: re.Match, doc: Doc) -> _Found | None:
        """"1 شوال 1436", "23 ربيع الأول 1439 هـ", "رمضان 1438": Umm al-Qura to Gregorian."""
        mo = self.hmonths[_n(m["hm"])]
        span = (m.start(), m.end())
        if not (m.groupdict().get("d") or m.groupdict().get("od")):
            iv = cal.hijri_month_interval(int(m["y"]), mo)
            return _Found(*span, "hijri", *iv, 4) if iv else None
        d = self._day_of(m)
        y = int(m["y"]) if m["y"] else cal.hijri_year_for(mo, d, self.cues.get(m["cue"] or ""), doc.published)
        if m["y"] and not (m["mk"] or 1300 <= y <= self.hijri_max):
            return None
        g = cal.hijri_to_gregorian(y, mo, d) if y else None
        if y and g is None:
            return None
        return _Found(*span, "hijri", g, g, 1)

    def _year(self, m: re.Match, doc: Doc) -> _Found | None:
        """"عام 2016", "سنة 1438 هـ": a whole year."""
        y = int(m["y"])
        span = (m.start(), m.end())
        if m["mk"] or 1300 <= y <= self.hijri_max:
            iv = cal.hijri_year_interval(y)
            return _Found(*span, "year", *iv, 5) if iv else None
        if not 1900 <= y <= 2100:
            return None
        return _Found(*span, "year", date(y, 1, 1), date(y, 12, 31), 5)

    def _relative(self, m: re.Match, doc: Doc) -> _Found | None:
        """أمس، ليلة أول أمس، الأسبوع الماضي…: offsets from the lexicon; ليلة X = X..X+1."""
        entry = self.relative[_key(_n(m["rel"]))]
        if self._blocked(doc.norm, m.start(), m.end()):
            return None
        iv = cal.relative_interval(entry, doc.published)
        prec = int(entry["prec"])
        start = m.start()
        if m["part"] and not entry.get("day"):
            start = m.start("rel")
        elif m["part"] and self.parts.get(_key(_n(m["part"]))):
            prec = 2
            if iv:
                iv = (iv[0], iv[1] + timedelta(days=1))
        kind = "relative"
        return _Found(start, m.end(), kind, *(iv or (None, None)), prec)

    def _day_rel(self, m: re.Match, doc: Doc) -> _Found | None:
        """"في الـ15 من الشهر الجاري", "العاشر من الشهر الماضي": a day of a relative month."""
        d = self._day_of(m)
        iv = cal.relative_interval(self.relative[_key(_n(m["rm"]))], doc.published)
        g = cal.safe_date(iv[0].year, iv[0].month, d) if iv else None
        if iv and g is None:
            return None
        return _Found(m.start(), m.end(), "absolute", g, g, 1)

    def _blocked(self, text: str, start: int, end: int) -> bool:
        """"في نفس اليوم", "اليوم التالي": the relative phrase is not about publication."""
        before = text[max(0, start - 12):start].split()
        after = text[end:end + 12].split()
        return bool((before and before[-1] in self.block_before)
                    or (after and after[0].strip(".,،") in self.block_after))

    def _ago(self, m: re.Match, doc: Doc) -> _Found | None:
        """"قبل 3 أيام", "منذ ثلاثة أيام": N days before publication."""
        n = int(m["n"]) if m["n"].isdigit() else self.counts.get(_n(m["n"]))
        if not n:
            return None
        g = doc.published - timedelta(days=n) if doc.published else None
        return _Found(m.start(), m.end(), "relative", g, g, 1)

    def _weekday(self, m: re.Match, doc: Doc) -> _Found | None:
        """"يوم الاثنين", "الثلاثاء الماضي", "اليوم الخميس": the last such day before publication."""
        wd, needs_lead = self.weekdays[_n(m["wd"])]
        cue = self.cues.get(m["cue"] or "")
        if needs_lead and not (m["today"] or m["part"] or cue):
            return None
        g = cal.weekday_date(wd, doc.published, today=bool(m["today"]), cue=cue)
        night = bool(m["part"] and self.parts.get(_key(_n(m["part"]))))
        s = g - timedelta(days=1) if g and night else g
        return _Found(m.start(), m.end(), "weekday", s, g, 2 if night else 1)

    # ---- English handlers ------------------------------------------------------------

    def _en_day(self, m: re.Match, doc: Doc) -> _Found | None:
        """"25 May 2017", "May 25": the month must be capitalised (may, march are words)."""
        if not m["m"][0].isupper():
            return None
        d, mo = int(m["d"]), self.en_months[m["m"].lower()]
        y = int(m["y"]) if m["y"] else cal.year_for_day(mo, d, None, doc.published)
        g = cal.safe_date(y, mo, d) if y else None
        if y and g is None:
            return None
        return _Found(m.start(), m.end(), "absolute", g, g, 1)

    def _en_month(self, m: re.Match, doc: Doc) -> _Found | None:
        if not m["m"][0].isupper() or not (m["y"] or m["lead"]):
            return None
        if m["m"].lower() == "may" and not m["y"]:
            return None
        mo = self.en_months[m["m"].lower()]
        cue = self.en_cues.get((m["lead"] or "").lower())
        y = int(m["y"]) if m["y"] else cal.year_for_month(mo, cue, doc.published)
        s, e = cal.month_interval(y, mo) if y else (None, None)
        return _Found(m.start(), m.end(), "month", s, e, 4)

    def _en_relative(self, m: re.Match, doc: Doc) -> _Found | None:
        entry = self.en_relative[_key(m["rel"].lower())]
        iv = cal.relative_interval(entry, doc.published) or (None, None)
        return _Found(m.start(), m.end(), "relative", *iv, int(entry["prec"]))

    def _en_year(self, m: re.Match, doc: Doc) -> _Found | None:
        y = int(m["y"])
        if not 1900 <= y <= 2100:
            return None
        return _Found(m.start() + len(m[0]) - 4, m.end(), "year", date(y, 1, 1), date(y, 12, 31), 5)

    def _en_ago(self, m: re.Match, doc: Doc) -> _Found | None:
        n = int(m["n"]) if m["n"].isdigit() else self.en_counts.get(m["n"].lower())
        g = doc.published - timedelta(days=n) if doc.published and n else None
        return _Found(m.start(), m.end(), "relative", g, g, 1)

    def _en_weekday(self, m: re.Match, doc: Doc) -> _Found | None:
        if not m["wd"][0].isupper():
            return None
        cue = self.en_cues.get((m["lead"] or "").lower())
        g = cal.weekday_date(self.en_weekdays[m["wd"].lower()], doc.published, cue=cue)
        return _Found(m.start(), m.end(), "weekday", g, g, 1)


@functools.cache
def _lexicon() -> _Lexicon:
    return _Lexicon()


# A weekday right before a full date names the same day: "يوم الخميس 25 مايو", "الخميس، الموافق";
# so does one right after a relative day: "أمس الخميس".
_WEEKDAY_GLUE = re.compile(r"[\s,،\-]*(?:الموافق\s*)?")


def _select(found: list[_Found]) -> list[_Found]:
    """Non-overlapping finds, longest first at each position; a weekday joins its date."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[_Found] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def _merge_weekdays(doc: Doc, found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev and prev.kind == "weekday" and f.kind in ("absolute", "hijri")
                and _WEEKDAY_GLUE.fullmatch(doc.norm, prev.end, f.start)):
            f.start = prev.start
            out[-1] = f
        elif (prev and f.kind == "weekday" and prev.kind == "relative" and f.date_end == prev.date_end
              and _WEEKDAY_GLUE.fullmatch(doc.norm, prev.end, f.start)):
            prev.end = f.end  # "مساء أمس الخميس": one day, named twice
        else:
            out.append(f)
    return out


_LATIN = re.compile(r"[A-Za-z]")
_CLITICS = "وفب"


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


def _candidates(lex: _Lexicon, tok: Token) -> list[tuple[int, list[_Rule]]]:
    """Rules that may match at this token: by its first word, with or without a proclitic.

    Trying rules only where their first word occurs (instead of scanning the text with
    every regex) keeps the step well under a millisecond per article.
    """
    if tok.key[0].isdigit():
        return [(tok.start, lex.rules.get("#", []))]
    out = []
    for stem in tok.stems:
        rules = lex.rules.get(stem)
        if rules and tok.key.endswith(stem):
            out.append((tok.start + len(tok.key) - len(stem), rules))
    return out


def find_dates(doc: Doc) -> None:
    """Append a `DateMention` for every date expression in ``doc.norm``."""
    lex = _lexicon()
    found: list[_Found] = []
    text = doc.norm
    latin = bool(_LATIN.search(text))
    for tok in doc.tokens:
        for pos, rules in _candidates(lex, tok):
            if not _word_start(text, pos):
                continue
            for rule in rules:
                if rule.english and not latin:
                    continue
                m = rule.rx.match(text, pos)
                f = rule.handler(m, doc) if m else None
                if f is not None:
                    found.append(f)
    for f in _merge_weekdays(doc, _select(found)):
        doc.dates.append(DateMention(
            start=f.start, end=f.end, text=doc.surface(f.start, f.end),
            sentence=doc.sentence_of(f.start), date_start=f.date_start, date_end=f.date_end,
            date_prec=f.prec, kind=f.kind))
