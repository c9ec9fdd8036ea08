"""Dates (issue 8): a deed named "N years on" is N years old, history and no news of the day.

"بعد عامين على اقتحام التنظيم مدينة الموصل" (two years after the group stormed Mosul) and
"بعد 3 سنوات على مقتل 20 شخصا في تفجير" name deeds as old as the span says: like the fixed
anniversaries ("مرور عام كامل على", "الذكرى الثانية لـ"), a count and a unit of years before
"على" and the deed (dates.yaml ``years_on``, `dates_years_on`) date it back from publication
and mark it background. A prison term is no span since ("حكم عليه بالسجن 10 سنوات على"), and a
bare "عام على" needs "بعد" or "مرور" before it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 8, 7)


def dated(text: str) -> list[tuple[str, str | None, bool]]:
    return [(e.event_type, e.date_start, e.background)
            for e in extract(text, published=PUB, language="ar")]


def test_two_years_after_a_storming_is_a_storming_two_years_old():
    assert dated("وتأتي الزيارة بعد عامين على اقتحام تنظيم داعش مدينة الموصل.") == [
        ("territory_change", "2013-08-06", True)]


def test_three_years_after_a_bombing_is_a_bombing_three_years_old():
    assert dated("وتأتي الذكرى بعد 3 سنوات على مقتل 20 شخصا في تفجير سيارة مفخخة في بنغازي.") == [
        ("attack", "2012-08-06", True)]


def test_a_year_after_with_its_lead_is_a_year_old():
    assert dated("وقال المسؤول بعد عام على سيطرة المسلحين على مدينة سرت إن الوضع تدهور.") == [
        ("territory_change", "2014-08-06", True)]


def test_a_span_named_after_the_deed_leaves_it_of_the_day():
    """guard: passes on the base"""
    assert dated("وشن مسلحون أمس هجوما على حاجز للجيش في العريش هو الأعنف منذ عامين على الحدود.") == [
        ("clash", "2015-08-06", False)]
