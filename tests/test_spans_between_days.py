"""Two days told as the ends of a span are one span: "بين الأول من مارس و31 أغسطس" runs six
months, and a toll counted over it is a tally, not the last day's event. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract

PUB = date(2017, 10, 2)


def spans(text: str) -> list[tuple[date | None, date | None]]:
    return [(d.date_start, d.date_end) for d in annotate(text, published=PUB).dates]


def test_between_two_days_is_one_span():
    assert spans("بين الأول من مارس و31 أغسطس الماضيين.") == [(date(2017, 3, 1), date(2017, 8, 31))]


def test_from_one_day_until_another_is_one_span():
    # guard: one span on the base as well (a rule of its own reads day, month, joiner, day)
    assert spans("من 3 يونيو حتى 8 يوليو الماضي.") == [(date(2017, 6, 3), date(2017, 7, 8))]


def test_a_half_years_toll_between_two_days_is_no_event():
    assert extract("وقالت المنظمة إنه بين الأول من مارس و31 أغسطس الماضيين قتل 1240 مدنيا وأصيب "
                   "2870 آخرون.", published=PUB, language="ar") == []


def test_two_days_told_apart_stay_two():
    # guard: words between the two days
    assert spans("قتل جندي في 3 يونيو وجرح آخر في 8 يوليو.") == [
        (date(2017, 6, 3), date(2017, 6, 3)), (date(2017, 7, 8), date(2017, 7, 8))]
