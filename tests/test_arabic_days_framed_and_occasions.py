"""Dates and roles (issue 8): what a day word and a date between a verb and its count tell.

* A weekday framed by a span that holds the day told after it ("صلاة الجمعة في شهر رمضان في
  3 يوليو") names that day, when the day falls on that weekday: the deed is dated once, not
  once to the latest Friday and once to the day.
* A date after a word of occasion ("في كلمته بمناسبة العشر الأواخر من رمضان") is the day of a
  speech or a rite, no date of the deed the same sentence recalls (dates.yaml ``occasions``).
* A date between a verb and its count ("مسلحون قتلوا أمس ثلاثة جنود") leaves the side before the
  verb its subject: who killed, not who died.

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import mention_dates_on

PUB = date(2015, 7, 31)  # a Friday


def events(text: str) -> list:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_friday_framed_by_ramadan_and_its_day_is_that_day():
    found = events("وتعرض مسجد في مدينة الجهراء إلى تفجير انتحاري خلال صلاة الجمعة في شهر رمضان المبارك "
                   "في 3 يوليو الماضي ما أدى إلى مقتل 12 مصليا وإصابة 40 آخرين")
    assert [(e.date_start, e.date_end) for e in found] == [("2015-07-03", "2015-07-03")]


def test_the_framed_friday_is_one_date_told():
    dates = mention_dates_on(PUB)
    assert dates("صلاة الجمعة في شهر رمضان في 3 يوليو") == [(date(2015, 7, 3), date(2015, 7, 3))]


def test_a_weekday_the_day_does_not_fall_on_stays_apart():
    """guard: passes on the base (4 July 2015 was a Saturday: two days are told)"""
    dates = mention_dates_on(PUB)
    assert len(dates("صلاة الجمعة في شهر رمضان في 4 يوليو")) == 3


def test_a_date_told_as_an_occasion_dates_no_deed():
    found = events("وأشاد الأمير في كلمته بمناسبة العشر الأواخر من شهر رمضان بسرعة القبض على "
                   "منفذي التفجير الإرهابي الذي استهدف المصلين في الدمام")
    assert found and all(e.date_start is None for e in found)


def test_an_occasion_is_no_date_told():
    dates = mention_dates_on(PUB)
    assert dates("وألقى الوزير كلمة بمناسبة حلول شهر رمضان") == []


def test_a_date_far_after_an_occasion_still_dates_the_deed():
    """guard: passes on the base"""
    found = events("وقال الوزير في كلمة ألقاها بمناسبة تخريج دفعة جديدة من طلاب الشرطة إن مسلحين "
                   "قتلوا ثلاثة جنود في هجوم على حاجز في العريش أمس")
    assert [e.date_start for e in found] == ["2015-07-30"]


def test_a_date_between_the_verb_and_its_count_leaves_the_subject_acting():
    found = events("قال مصدر أمني إن مسلحين قتلوا أمس ثلاثة جنود في هجوم في العريش")
    assert [[(a.name, a.role) for a in e.actors] for e in found] == [
        [("Unidentified armed group", "actor1")]]


def test_a_weekday_between_the_verb_and_its_count_too():
    """guard: passes on the base"""
    found = events("مسلحون قتلوا يوم الخميس ثلاثة جنود قرب العريش")
    assert [[(a.name, a.role) for a in e.actors] for e in found] == [
        [("Unidentified armed group", "actor1")]]


def test_men_killed_with_no_count_after_the_date_still_died():
    """guard: passes on the base"""
    found = events("مسلحون قتلوا أمس في غارة جوية على العريش")
    assert [(a.name, a.role) for e in found for a in e.actors] == [("Unidentified armed group", "actor2")]


def test_an_occasion_ends_at_a_comma():
    """guard: passes on the base (the day after the comma is the speech's own)"""
    dates = mention_dates_on(PUB)
    assert dates("وفي كلمته بمناسبة عيد الفطر، اليوم الخميس، هدد المرشد") == [
        (date(2015, 7, 30), date(2015, 7, 30))]

