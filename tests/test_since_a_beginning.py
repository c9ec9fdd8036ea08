"""A record told "since" something began ("في أعلى حصيلة في يوم واحد منذ بدأت البعثة تسجيل
الضحايا في عام 2008") compares the day with the years since: the year closing the since-clause
is the beginning's, and the deed told keeps the day of the news — not that year, and not
history. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 7, 11)


def dated(text: str) -> list[tuple[str | None, bool]]:
    return [(e.date_start, e.background) for e in extract(text, published=PUB, language="ar")]


def test_a_record_since_a_count_began_is_not_dated_to_that_year():
    assert dated("وأسفرت تفجيرات بغداد الأربعة عن مقتل 60 شخصا في أعلى حصيلة في يوم واحد منذ "
                 "بدأت بعثة الأمم المتحدة في العراق إحصاء الضحايا بانتظام في عام 2008.") == [
        (None, False)]


def test_a_daily_record_since_a_monitor_began_is_todays_news():
    assert dated("وقتل 35 مدنيا في غارات على إدلب في أعلى حصيلة يومية منذ بدأت المنظمة في "
                 "سوريا توثيق الضحايا في عام 2012.") == [(None, False)]


def test_a_deed_dated_in_its_own_clause_keeps_its_day():
    # guard: the news's own day
    assert dated("وقتل 35 مدنيا في غارات على إدلب يوم الأحد في أعلى حصيلة يومية منذ بدأت "
                 "المنظمة توثيق الضحايا في عام 2012.") == [("2016-07-10", False)]
