"""A day in a name. A street, a square, a school or a movement named after a day ("شارع 26
سبتمبر", "ثورة 25 يناير") dates nothing told there; a day after a preposition dates the deed,
and "أمس" after a side's name ("طائرات التحالف أمس") is still yesterday.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def starts(text: str) -> list[str | None]:
    return [e.date_start for e in extract(text, published=PUB, language="ar")]


def test_a_fight_in_a_street_named_after_a_day_is_not_dated_by_it():
    assert starts("وتدور الآن اشتباكات عنيفة في شارع 26 سبتمبر وسط مدينة تعز بين المقاومة "
                  "والحوثيين.") == [None]


def test_a_rally_in_a_square_named_after_a_day_is_not_dated_by_it():
    assert "2015-06-30" not in starts(
        "واقتحمت قوات الأمن ميدان 30 يونيو في مدينة الإسماعيلية وفرقت المعتصمين.")


def test_a_day_after_a_preposition_dates_the_attack():
    # guard
    assert starts("وقتل ثلاثة جنود في هجوم على حاجز في مدينة العريش في 26 سبتمبر "
                  "الماضي.") == ["2015-09-26"]


def test_yesterday_after_the_coalitions_name_is_yesterday():
    # guard: "التحالف" also heads names ("تحالف 14 آذار"), not a word of time after it
    assert starts("وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في مدينة "
                  "تعز.") == ["2016-03-13"]


def test_a_revolution_named_after_a_day_dates_nothing_not_even_its_month():
    assert starts("واختطف مسلحون حوثيون في مدينة صنعاء القيادي في شباب ثورة 11 فبراير 2011 "
                  "وناشطا آخر.") == [None]


def test_a_palace_named_after_a_day_dates_nothing_taken_there():
    assert starts("وسيطرت المقاومة الشعبية على قصر 7 يوليو الرئاسي في مدينة المكلا بعد "
                  "اشتباكات مع الحوثيين.") == [None]


def test_a_newspaper_building_or_a_gate_named_after_a_day_dates_nothing():
    assert "2015-10-14" not in starts(
        "وقصفت الميليشيات مبنى 14 أكتوبر للصحافة في مدينة عدن.")
    assert "2015-07-07" not in starts("وهاجم المسلحون بوابة 7 يوليو في قاعدة العند الجوية.")
