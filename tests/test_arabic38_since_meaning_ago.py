"""Dates (issue 8, item 6): "منذ" before a few days or hours means "ago", not "since".

"أعلن الجيش منذ يومين انطلاق عملية عسكرية", "قتل 40 شخصا منذ ساعات": the deed was two
days (some hours) before the report — a day of its own, not a state lasting since, nor history
in the background. "منذ عدة أشهر", "منذ 2011" still tell a state or history
(triggers.yaml ``since_ago``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 2)


def told(text: str) -> list[tuple[str, str | None, bool]]:
    return [(e.event_type, e.date_start, e.background) for e in extract(text, published=DAY,
                                                                        language="ar")]


def test_a_launch_two_days_ago_is_dated_and_current():
    assert told("وكان الجيش الليبي قد أعلن منذ يومين انطلاق عملية عسكرية لطرد تنظيم داعش من "
                "مدينة درنة.") == [("operation_launch", "2015-07-31", False)]


def test_a_state_of_months_stays_undated():
    """guard: passes on the base"""
    assert told("ويتعرض حي الفتائح منذ عدة أشهر لقصف تنظيم داعش في درنة.") == []
