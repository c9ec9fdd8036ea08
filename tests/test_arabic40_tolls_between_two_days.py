"""Honest numbers (issue 8, item 5): a toll counted between two days a month or more apart.

"وبين الأول من يناير و30 يونيو قتل 1592 شخصا": a half-year report's dead, many events summed —
a running total, no claim on an event (summed with the day's events it would count the same
dead twice). The two days are one span when "بين/من" opens them, whatever clitic it carries
("وبين"), and when "وحتى" joins them after a comma ("في الفترة من 7 يوليو، وحتى الخامس من
الشهر الجاري"); a span of days ("بين الثالث والخامس من يوليو") dates one event's toll.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 7)


def figures(text: str) -> list[int | None]:
    return [c.low for e in extract(text, published=DAY, language="ar") for c in e.claims]


def test_a_half_year_report_counts_no_event_dead():
    assert figures("وبين الأول من يناير و30 يونيو قتل 1592 شخصا وأصيب 3329 في أعمال العنف "
                   "في ولاية قندهار، بحسب تقرير لبعثة الأمم المتحدة.") == []


def test_the_dead_of_several_months_named_after_the_toll_are_a_tally():
    assert figures("وقتل 316 شخصا في هجمات متفرقة في ولاية بورنو بين الأول من مارس و31 "
                   "يوليو الماضي.") == []


def test_a_toll_between_two_days_of_one_week_is_the_event_s():
    """guard: passes on the base"""
    assert figures("وقتل 12 شخصا في هجمات على أسواق مدينة مايدوغوري بين الثالث والخامس من "
                   "يوليو.") == [12]


def test_a_toll_of_yesterday_stays():
    """guard: passes on the base"""
    assert figures("وقتل 5 أشخاص أمس في غارة جوية على بلدة مورك.") == [5]


def test_a_day_told_after_the_span_dates_the_toll_that_follows_it():
    """guard: passes on the base"""
    assert figures("وشهدت المدينة 20 هجوما بين 24 أبريل و22 يونيو من العام الحالي، وفي 29 "
                   "يوليو الماضي فجر انتحاري نفسه في مسجد بمدينة صنعاء ما أسفر عن مقتل أربعة "
                   "مصلين.") == [4]


def test_soldiers_dead_from_one_day_until_another_a_month_later_are_a_tally():
    assert figures("ونتيجة الهجمات على مراكز الشرطة في ولاية ديار بكر في الفترة من 7 يوليو "
                   "الماضي، وحتى الخامس من الشهر الجاري، قتل 22 شرطيا.") == []
