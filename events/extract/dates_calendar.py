"""Calendar arithmetic for `events.extract.dates`: which year, which week, which Hijri day.

Kept apart from the span finding so the rules that decide a date (documented here, one place)
can be read and tested on their own.

Year rule for a day or month written without a year (news reports the past):

* cue "past" (الماضي، المنصرم…): the latest such date strictly before publication;
* cue "next" (المقبل، القادم…): the first such date strictly after publication;
* cue "current" (الجاري…): the publication year;
* no cue: the latest such date not after publication (the publication day itself counts).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

Interval = tuple[date, date]


def safe_date(year: int, month: int, day: int) -> date | None:
    """A `date`, or None for impossible ones (31 June, year 0) so a bad match is dropped."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def month_part(start: date, end: date, first: int, last: int) -> Interval:
    """Days ``first``..``last`` of the month [start, end], counted from its first day (a Hijri
    month runs across two Gregorian ones); a negative ``first`` counts back from its end (-7:
    the last seven days), a ``last`` past its length is its last day."""
    length = (end - start).days + 1
    a = length + 1 + first if first < 0 else first
    return start + timedelta(days=max(1, a) - 1), start + timedelta(days=min(last, length) - 1)


def shift_month(d: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` calendar months away from ``d``."""
    k = d.year * 12 + d.month - 1 + months
    return k // 12, k % 12 + 1


def prec_of(start: date, end: date) -> int:
    """UCDP date_prec of an interval: 1 day, 2 for 2-6 days, 3 a week, 4 a month, 5 longer."""
    days = (end - start).days + 1
    if days <= 1:
        return 1
    if days <= 6:
        return 2
    if days <= 7:
        return 3
    if days <= 31:
        return 4
    return 5


def year_for_day(month: int, day: int, cue: str | None, pub: date | None) -> int | None:
    """The year of "day month" written without a year (see the module rule)."""
    if pub is None:
        return None
    if cue == "current":
        return pub.year
    this = safe_date(pub.year, month, day)
    if this is None:  # 29 February: look in the neighbouring leap years
        for y in (pub.year - 1, pub.year - 2, pub.year - 3, pub.year + 1):
            if safe_date(y, month, day):
                return y
        return None
    if cue == "next":
        return pub.year if this > pub else pub.year + 1
    if cue == "past":
        return pub.year if this < pub else pub.year - 1
    return pub.year if this <= pub else pub.year - 1


def year_for_month(month: int, cue: str | None, pub: date | None) -> int | None:
    """The year of a month written without a year (see the module rule)."""
    if pub is None:
        return None
    if cue == "current":
        return pub.year
    if cue == "next":
        return pub.year if month > pub.month else pub.year + 1
    if cue == "past":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


def weekday_date(weekday: int, pub: date | None, *, today: bool = False,
                 cue: str | None = None) -> date | None:
    """The weekday meant by a news report: the publication day when it is that weekday
    ("قصفت الطائرات البلدة يوم الجمعة" in a Friday paper), else the most recent one before it;
    with a "past" cue ("الجمعة الماضي") a week back from the publication day's own weekday,
    and with a "next" cue (الاثنين المقبل) the first one after publication.
    """
    if pub is None:
        return None
    if cue == "next":
        ahead = (weekday - pub.weekday()) % 7 or 7
        return pub + timedelta(days=ahead)
    back = (pub.weekday() - weekday) % 7
    if back == 0 and cue == "past" and not today:
        back = 7
    return pub - timedelta(days=back)


def relative_interval(entry: dict, pub: date | None) -> Interval | None:
    """Dates of a relative lexicon entry: day offsets, or calendar month/year offsets."""
    if pub is None:
        return None
    unit = entry.get("unit")
    if unit == "week":  # calendar weeks, starting on entry["week_starts"] (a weekday number)
        this_week = pub - timedelta(days=(pub.weekday() - int(entry.get("week_starts", 0))) % 7)
        start = this_week + timedelta(weeks=int(entry.get("offset", 0)))
        return start, start + timedelta(days=6)
    if unit == "month":
        return month_interval(*shift_month(pub, int(entry.get("offset", 0))))
    if unit == "year":
        y = pub.year + int(entry.get("offset", 0))
        return date(y, 1, 1), date(y, 12, 31)
    return (pub + timedelta(days=int(entry["start"])), pub + timedelta(days=int(entry["end"])))


def _py(g: date) -> date:
    """hijridate's Gregorian is a `date` subclass; hand out plain dates."""
    return date(g.year, g.month, g.day)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura Hijri → Gregorian; None outside hijridate's range or for a bad day."""
    try:
        return _py(Hijri(year, month, day).to_gregorian())
    except (ValueError, OverflowError):
        return None


def hijri_month_interval(year: int, month: int) -> Interval | None:
    try:
        h = Hijri(year, month, 1)
        return _py(h.to_gregorian()), _py(Hijri(year, month, h.month_length()).to_gregorian())
    except (ValueError, OverflowError):
        return None


def hijri_year_interval(year: int) -> Interval | None:
    first = hijri_to_gregorian(year, 1, 1)
    nxt = hijri_to_gregorian(year + 1, 1, 1)
    if first is None or nxt is None:
        return None
    return first, nxt - timedelta(days=1)


def _hijri_year_of(pub: date) -> int | None:
    try:
        return Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_year_for(month: int, day: int, cue: str | None, pub: date | None) -> int | None:
    """The Hijri year of a Hijri "day month" without a year, by the module's year rule:
    next → the first such day after publication; past → the latest one before it; no cue →
    the latest one not after it."""
    hy = None if pub is None else _hijri_year_of(pub)
    if pub is None or hy is None:
        return None
    years = (hy - 1, hy, hy + 1) if cue == "next" else (hy + 1, hy, hy - 1, hy - 2)
    for y in years:
        g = hijri_to_gregorian(y, month, day)
        if g is None:
            continue
        if (cue == "next" and g > pub) or (cue == "past" and g < pub) or (
                cue not in ("next", "past") and g <= pub):
            return y
    return None


def hijri_month_for(month: int, cue: str | None, pub: date | None) -> Interval | None:
    """A Hijri month named without a year ("رمضان الماضي", "شهر رمضان"), by the year rule:
    past → the latest one over before publication; next → the first one starting after it;
    otherwise the latest one that has started by publication."""
    hy = None if pub is None else _hijri_year_of(pub)
    if pub is None or hy is None:
        return None
    spans = [iv for y in (hy - 2, hy - 1, hy, hy + 1, hy + 2) if (iv := hijri_month_interval(y, month))]
    if cue == "next":
        return next((iv for iv in spans if iv[0] > pub), None)
    if cue == "past":
        done = [iv for iv in spans if iv[1] < pub]
    else:
        done = [iv for iv in spans if iv[0] <= pub]
    return done[-1] if done else None
