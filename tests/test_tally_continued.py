"""A monitor's count of strikes over months is a tally, not the day's news — and so is what the
report says those strikes did: the clause that goes on from the counted noun with its verb
("… 9000 غارة، استهدفت بصواريخها مناطق في محافظات حلب وإدلب") and strikes aimed at
hundreds of towns ("استهدفت الغارات مئات البلدات والقرى"). The dates that bound the period
("منذ مطلع أكتوبر وحتى فجر أمس") date the count's span, no day of its strikes. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def ev(text: str) -> list:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_what_the_counted_strikes_did_is_part_of_the_tally():
    assert ev("ووثقت الشبكة تنفيذ طائرات النظام الحربية ما لا يقل عن 9000 غارة، استهدفت بصواريخها "
              "مناطق في محافظات حلب وإدلب وحماة.") == []


def test_strikes_on_hundreds_of_towns_are_a_tally():
    assert ev("وأوضحت الشبكة أن الغارات والبراميل المتفجرة استهدفت مئات البلدات والقرى في "
              "محافظتي حلب وإدلب.") == []


def test_the_dates_bounding_the_period_do_not_date_a_day_of_strikes():
    assert ev("وثق المرصد تنفيذ طائرات النظام الحربية والمروحية، 14000 غارة على الأقل، منذ العاشر "
              "من أكتوبر الماضي، وحتى فجر أمس الثالث عشر من مارس، على مناطق في ريف إدلب.") == []


def test_a_days_strikes_told_after_a_count_still_stand():
    # guard: a clause with its own subject and day is news
    es = ev("وشنت الطائرات الحربية 12 غارة، وقصفت المدفعية أمس بلدة كفرنبل في ريف إدلب.")
    assert any(e.location is not None and e.location.name == "Kafranbel" for e in es)
