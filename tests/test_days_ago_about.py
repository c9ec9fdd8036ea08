""""About ten days ago" dates an event, as "ten days ago" does, but only roughly: "قبل نحو عشرة
أيام", "قبل حوالي أسبوعين" give the days around the day counted back (a fifth of the count
either side, at least one), with UCDP's date_prec for a range of
days. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 5, 20)


def dates(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.date_start, e.date_end, e.date_prec)
            for e in extract(text, published=PUB, language="ar")]


def test_about_ten_days_ago_is_the_days_around_it():
    assert dates("وقبل نحو عشرة أيام قصفت الطائرات الحربية مواقع التنظيم في مدينة الرقة.") == [
        ("2016-05-08", "2016-05-12", 2)]


def test_some_three_days_ago_is_a_day_either_side():
    assert dates("وقبل حوالي 3 أيام شن مسلحون هجوما على حاجز للجيش قرب مدينة العريش.") == [
        ("2016-05-16", "2016-05-18", 2)]


def test_about_six_days_ago_said_after_the_deed():
    assert dates("وسيطرت فصائل المعارضة على مدينة جسر الشغور قبل نحو ستة أيام.") == [
        ("2016-05-13", "2016-05-15", 2)]


def test_ten_days_ago_without_about_is_one_day():
    # guard
    assert dates("وقبل عشرة أيام قصفت الطائرات الحربية مواقع التنظيم في مدينة الرقة.") == [
        ("2016-05-10", "2016-05-10", 1)]
