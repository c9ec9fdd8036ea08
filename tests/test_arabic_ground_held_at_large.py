"""Events (issue 8): ground held "at large" is the state of a war, no event of the news.

"وسيطر تنظيم داعش على مساحات كبيرة من سوريا والعراق" (the group took over large areas of
Syria and Iraq), repeated as background in wire stories, tells no taking of the day: a word of
taking ground with "مساحات/أجزاء/مناطق" and a word of size right after it (triggers.yaml
``ground_at_large``), in a sentence with no date and no place finer than a country, is a state
(`trigger_targets.ground_at_large`) — the annotation guide's states and tallies are no events.
A dated taking, or one of part of a town, stays one. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 7), "ar")


def test_large_areas_of_two_countries_are_a_state():
    assert types("وسيطر تنظيم داعش على مساحات كبيرة من سوريا والعراق في سعيه لإقامة خلافة.") == []


def test_wide_parts_of_a_country_held_are_a_state():
    assert types("وتحاول روسيا تشكيل تحالف لمحاربة تنظيم داعش الذي بسط سيطرته على مساحات واسعة "
                 "من الأراضي في سوريا والعراق.") == []


def test_wide_parts_of_a_quarter_taken_yesterday_are_an_event():
    """guard: passes on the base"""
    assert types("واقتحمت القوات الأمنية منطقة البوغانم في مدينة الرمادي أمس وفرضت سيطرتها على "
                 "أجزاء واسعة من المنطقة.") == ["territory_change"]


def test_large_areas_taken_last_year_are_history_told():
    """guard: passes on the base"""
    assert types("ورجح مسؤولون أن يكون الهجوم من تنفيذ تنظيم داعش الذي سيطر على مساحات واسعة في "
                 "العراق وسوريا السنة الماضية.").count("territory_change") == 1
