"""Hijri dates: "1 شوال 1436", "رمضان 1438", "خلال شهر رمضان", "أواخر رمضان" — a day or a
month of the Umm al-Qura calendar (`events.extract.dates_calendar`) in Gregorian days. A month
named without a year needs a lead or a cue; a part of it ("أواخر رمضان", "العشر الأواخر من
رمضان", ``month_parts`` in ``data/lexicon/dates.yaml``) narrows it to those days; before a
month that is also a name (``hijri_names``: "بداية رجب طيب أردوغان") only some leads do.

Mixed into `events.extract.dates_arabic.ArabicRules`, which lists these rules with its others
and sets the vocabulary they read (``self.hmonths``, ``self.hambiguous``, ``self.cues``…).
"""
from __future__ import annotations

import re

from events.extract import dates_calendar as cal
from events.extract.dates_rules import Found, norm_entry
from events.extract.dates_spans import PastSpanRules
from events.extract.doc import Doc


class HijriRules(PastSpanRules):
    """The Hijri handlers; the patterns are `ArabicRules`'."""

    hmonths: dict[str, int]
    hambiguous: set[str]
    hijri_names: frozenset[str]
    hijri_name_leads: frozenset[str]
    hijri_max: int
    cues: dict[str, str]
    month_parts: dict[str, tuple[int, int]]

    def _hijri(self, m: re.Match, doc: Doc) -> Found | None:
        """"1 شوال 1436", "23 ربيع الأول 1439 هـ", "رمضان 1438": Umm al-Qura to Gregorian."""
        mo = self.hmonths[norm_entry(m["hm"])]
        span = (m.start(), m.end())
        if not (m.groupdict().get("d") or m.groupdict().get("od")):
            iv = cal.hijri_month_interval(int(m["y"]), mo)
            return Found(*span, "hijri", *iv, 4) if iv else None
        if not (m["y"] or m["mk"]) and norm_entry(m["hm"]) in self.hambiguous:
            return None
        d = self._day_of(m)
        y = int(m["y"]) if m["y"] else cal.hijri_year_for(mo, d, self.cues.get(m["cue"] or ""), doc.published)
        if m["y"] and not (m["mk"] or 1300 <= y <= self.hijri_max):
            return None
        g = cal.hijri_to_gregorian(y, mo, d) if y else None
        if y and g is None:
            return None
        return Found(*span, "hijri", g, g, 1)

    def _hijri_month(self, m: re.Match, doc: Doc) -> Found | None:
        """"رمضان الماضي", "خلال شهر رمضان": a Hijri month without a year (needs a lead or cue;
        رمضان and رجب are also names)."""
        cue = self.cues.get(m["cue"] or "")
        if not (m["lead"] or cue) or (not m["lead"] and norm_entry(m["hm"]) in self.hambiguous):
            return None
        if norm_entry(m["hm"]) in self.hijri_names and not cue and " " not in norm_entry(
                m["lead"]) and norm_entry(m["lead"]) not in self.hijri_name_leads:
            return None  # "بداية رجب طيب أردوغان السياسية": a name after a part of time
        iv = cal.hijri_month_for(self.hmonths[norm_entry(m["hm"])], cue, doc.published)
        lead = norm_entry(m["lead"] or "").removesuffix(" شهر")
        if iv and (part := self.month_parts.get(lead)):  # "أواخر رمضان": some of its days
            iv = cal.month_part(*iv, *part)
            return Found(m.start(), m.end(), "hijri", *iv, cal.prec_of(*iv))
        start = m.start("hm") if m["lead"] and norm_entry(m["lead"]) != "شهر" else m.start()
        return Found(start, m.end(), "hijri", *(iv or (None, None)), 4)
