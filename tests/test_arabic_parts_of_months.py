"""A part of a month narrows it to its days, Hijri months too: "أواخر رمضان", "في الأيام الأخيرة
من رمضان", "العشر الأواخر من رمضان" are the last days of Ramadan, not the week before the
report (which "في الأيام الأخيرة" alone is); "في الأيام الأخيرة من يوليو" the last days of July.
Before a month that is also a name ("رجب طيب أردوغان"), only "شهر" or "أواخر" make a date
(dates.yaml ``hijri_names``)."""
from datetime import date

from tests.extracting import mention_dates_on

dates = mention_dates_on(date(2015, 8, 10))  # Ramadan 1436: 18 June - 16 July 2015


def test_the_last_days_of_ramadan_are_its_last_days():
    assert dates("وقتل خمسة جنود في هجوم على حاجز بمدينة العريش في الأيام الأخيرة من رمضان.") == [
        (date(2015, 7, 8), date(2015, 7, 16))]


def test_late_ramadan_is_its_last_days():
    assert dates("وشن التنظيم هجمات على مدينة الحسكة أواخر رمضان.") == [
        (date(2015, 7, 8), date(2015, 7, 16))]


def test_the_last_ten_nights_of_ramadan():
    assert dates("وتراجعت الهجمات في العشر الأواخر من رمضان.") == [
        (date(2015, 7, 7), date(2015, 7, 16))]


def test_the_last_days_of_july_with_their_preposition():
    assert dates("وقتل خمسة جنود في العريش في الأيام الأخيرة من يوليو.") == [
        (date(2015, 7, 21), date(2015, 7, 31))]


def test_the_last_days_alone_are_the_reports_week():
    """Guard: no month after them."""
    assert dates("وقتل خمسة جنود في العريش في الأيام الأخيرة.") == [
        (date(2015, 8, 4), date(2015, 8, 10))]


def test_the_start_of_a_presidents_career_is_no_date():
    """Guard: رجب is a name after "بداية"."""
    assert dates("وتحدث الكاتب عن بداية رجب طيب أردوغان السياسية في إسطنبول.") == []


def test_late_in_the_month_of_july_with_the_word_month():
    assert dates("وقتل خمسة جنود في العريش أواخر شهر يوليو.") == [
        (date(2015, 7, 21), date(2015, 7, 31))]


def test_the_last_days_of_the_month_of_ramadan():
    assert dates("وكانت الكهرباء قد أعيدت إلى المدينة في الأيام الأخيرة من شهر رمضان.") == [
        (date(2015, 7, 8), date(2015, 7, 16))]
