"""A deed "the worst since" a past time is the day's deed compared with the past: "في أسوأ
هجوم منذ عام 2013" neither dates it to 2013 nor makes it history, and a since-cue that opens a
clause of its own ("منذ أن وقع الحزب اتفاق وقف إطلاق النار عام 2013") ends with that clause's
year, the truce's. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 12)


def dated(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(e.date_start, e.date_end, e.background)
            for e in extract(text, published=PUB, language="ar")]


def test_the_worst_attack_since_a_truce_is_no_attack_of_the_truces_year():
    assert dated("وقتل ثلاثة جنود في انفجار لغم في ولاية هكاري في أسوأ هجوم منذ أن وقع الحزب "
                 "اتفاق وقف إطلاق النار عام 2013.") == [(None, "2016-09-12", False)]


def test_a_long_since_clause_still_ends_with_its_own_year():
    assert dated("وقتل ثلاثة جنود في انفجار لغم في ولاية هكاري في أسوأ إراقة للدماء منذ أن "
                 "توصل الحزب إلى هدنة طويلة مع الحكومة التركية في ربيع عام 2013.") == [
        (None, "2016-09-12", False)]


def test_the_worst_attack_since_a_year_is_no_history():
    assert dated("وقتل ثلاثة جنود في انفجار لغم في ولاية هكاري في أسوأ هجوم منذ عام 2013.") == [
        (None, "2016-09-12", False)]


def test_the_fiercest_attack_in_two_years_keeps_its_day():
    # guard
    assert dated("وقتل 15 شخصا في أعنف هجوم منذ عامين على سوق مدينة بعقوبة أمس.") == [
        ("2016-09-11", "2016-09-11", False)]
