"""Dates (issue 8): a weekday told with its full date names that date.

"أثناء صلاة الجمعة يوم 26 يونيو" (during Friday prayers on 26 June) is one day: the full date,
not the latest Friday before publication. A weekday and the date after it are one find when
only punctuation or one of dates.yaml ``weekday_date_links`` (الموافق، يوم، في، بتاريخ) stands
between — the link only before a single day ("الجمعة في شهر رمضان" is a Friday of the month,
no month-long day). A Friday told alone is still the latest Friday. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 7, 31)  # a Friday


def starts(text: str) -> list[str | None]:
    return [e.date_start for e in extract(text, published=PUB, language="ar", article_id="t")]


def test_friday_prayers_on_a_given_day_are_that_day():
    assert starts("ووقع تفجير المسجد أثناء صلاة الجمعة يوم 26 يونيو وأسقط 27 قتيلا") == ["2015-06-26"]


def test_a_friday_in_a_given_day_is_that_day():
    assert starts("ووقع تفجير المسجد أثناء صلاة الجمعة في 26 يونيو وأسقط 27 قتيلا") == ["2015-06-26"]


def test_friday_prayers_told_alone_are_the_latest_friday():
    """guard: passes on the base"""
    assert starts("قتل 27 شخصا في تفجير انتحاري استهدف مسجدا أثناء صلاة الجمعة") == [PUB.isoformat()]


def test_a_weekday_and_its_date_joined_by_al_muwafiq_are_still_that_date():
    """guard: passes on the base"""
    assert starts("قتل جنديان مصريان في هجوم شنه مسلحون على حاجز أمني بالعريش يوم الخميس، الموافق "
                  "23 يوليو") == ["2015-07-23"]


def test_a_friday_in_a_month_is_not_the_whole_month():
    """guard: passes on the base"""
    assert starts("ووقع تفجير المسجد أثناء صلاة الجمعة في شهر يوليو وأسقط 27 قتيلا") == [PUB.isoformat()]


def test_today_and_its_weekday_apart_by_a_no_break_space_are_one_day():
    """guard: passes on the base"""
    events = extract("قتل جنديان مصريان في هجوم شنه مسلحون على حاجز أمني بالعريش ظهر اليوم\u00a0 "
                     "الجمعة", published=PUB, language="ar", article_id="t")
    assert [e.date_text for e in events] == [["ظهر اليوم\u00a0 الجمعة"]]
