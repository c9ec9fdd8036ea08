"""A story older than its paper says so: a weekday it calls today ("اليوم السبت" in Sunday's
paper) or glues to a day word ("أمس الجمعة" there) tells the day it was written, and its bare
day words count from that day ("قتل خمسة أمس" is Friday's). When such words disagree (a
paper's own lines beside a reprinted wire story) every word counts from the paper's day.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

SUNDAY = date(2016, 10, 9)


def days(text: str, published: date = SUNDAY) -> list[tuple[str | None, str | None]]:
    return [(e.date_start, e.date_end) for e in extract(text, published=published, language="ar")]


def test_yesterday_in_a_story_written_the_day_before_its_paper_is_two_days_back():
    assert days("أعلن مسؤول محلي اليوم السبت أن القصف مستمر. وقتل خمسة مدنيين أمس في غارة "
                "جوية على مدينة سراقب.") == [("2016-10-07", "2016-10-07")]


def test_today_in_a_story_dated_by_yesterdays_weekday_is_the_day_after_it():
    assert days("وقالت مصادر محلية إن الطائرات قصفت أمس الجمعة مواقع في ريف إدلب. وقتل ثلاثة "
                "مسلحين اليوم في اشتباكات مع الجيش في مدينة سراقب.") == [
        ("2016-10-07", "2016-10-07"), ("2016-10-08", "2016-10-08")]


def test_a_story_of_the_papers_own_day_counts_from_it():
    # guard: today is Sunday, the paper's day
    assert days("أعلن مسؤول محلي اليوم الأحد أن القصف مستمر. وقتل خمسة مدنيين أمس في غارة "
                "جوية على مدينة سراقب.") == [("2016-10-08", "2016-10-08")]


def test_weekdays_that_disagree_leave_day_words_to_the_paper():
    # guard: "أمس السبت" agrees with the paper, "اليوم الجمعة" with a story two days old
    assert ("2016-10-08", "2016-10-08") in days(
        "وقتل خمسة مدنيين أمس السبت في غارة جوية على مدينة سراقب. وكان مسؤول قد أعلن اليوم "
        "الجمعة أن القصف مستمر. وقتل ثلاثة مسلحين أمس في اشتباكات مع الجيش في مدينة معرة "
        "النعمان.")
