"""A span counted back from the report — "خلال الأشهر الثلاثة الماضية", "طوال الأسبوعين
الماضيين", "في الأسابيع القليلة الماضية" — dates what it is said of from that many units
before publication to publication (the annotation guide's "within a week": published-7 to
published). Undated, a deed of the past three months stood as the day's news."""
from datetime import date

from events.extract.pipeline import extract
from tests.extracting import mention_dates_on

DAY = date(2015, 8, 10)


_dates = mention_dates_on(DAY)


def test_months_counted_by_a_number_word_run_back_from_the_report():
    assert _dates("وخلال الأشهر الأربعة الماضية اغتيل ثلاثة ضباط في المدينة.") == [
        (date(2015, 4, 10), DAY)]


def test_the_other_plural_of_month_counts_too():
    assert _dates("وطيلة الشهور الخمسة الماضية قصفت الميليشيات الأحياء السكنية.") == [
        (date(2015, 3, 10), DAY)]


def test_weeks_counted_by_a_number_word():
    assert _dates("واعتقلت الشرطة 40 مشتبها بهم على مدى الأسابيع الثلاثة الماضية.") == [
        (date(2015, 7, 20), DAY)]


def test_days_counted_with_the_number_after_the_plural():
    assert _dates("وسقط 12 قتيلا في الأيام الخمسة الماضية بقصف متقطع.") == [
        (date(2015, 8, 5), DAY)]


def test_hours_counted_in_digits_round_up_to_days():
    assert _dates("وشنت الطائرات 30 غارة خلال الساعات الـ72 الماضية.") == [(date(2015, 8, 7), DAY)]


def test_a_dual_of_weeks_or_months_is_two_of_them():
    assert _dates("ونفذ المسلحون هجمات عدة خلال الشهرين الماضيين.") == [(date(2015, 6, 10), DAY)]
    assert _dates("وتراجعت الاشتباكات خلال الأسبوعين الأخيرين.") == [(date(2015, 7, 27), DAY)]


def test_an_uncounted_plural_of_weeks_is_about_a_month():
    assert _dates("وضبطت السلطات خلايا عدة خلال الأسابيع القليلة الماضية.") == [
        (date(2015, 7, 13), DAY)]


def test_an_uncounted_plural_of_months_is_half_a_year():
    assert _dates("وتكررت الغارات على البلدة في الأشهر الأخيرة.") == [(date(2015, 2, 10), DAY)]


def test_a_killing_in_the_past_months_is_dated_by_them_not_the_report_day():
    events = extract("وخلال الأشهر الثلاثة الماضية قتل خمسة قضاة بنيران مسلحين في مدينة العريش.",
                     published=DAY)
    assert events and all((e.date_start, e.date_end) == ("2015-05-10", "2015-08-10")
                          and not e.background for e in events)


def test_last_days_of_a_named_time_are_no_span_back_from_the_report():
    """Guard: "الأسابيع الأخيرة من الحرب" are the war's last weeks, not the report's."""
    assert _dates("وفي الأسابيع الأخيرة من الحرب هرب آلاف الجنود.") == []


def test_more_than_a_year_of_months_is_no_span():
    """Guard: eighteen months back is a record, not a time of the news."""
    assert _dates("وقتل 900 مدني خلال الأشهر الـ18 الماضية.") == []


def test_an_uncounted_plural_of_days_keeps_its_week():
    """Guard: "خلال الأيام الماضية" stays the week before the report (relative phrases)."""
    assert _dates("وتواصلت الاشتباكات خلال الأيام الماضية.") == [(date(2015, 8, 4), DAY)]


def test_a_day_named_in_the_clause_dates_the_attack_not_the_weeks_before_it():
    """Guard: the weeks of "stepped up its attacks" do not take the day of the attack named."""
    events = extract("وكثفت الجماعة هجماتها الانتحارية في الأسابيع الأخيرة في شمال البلاد، كالهجوم "
                     "الذي وقع صباح السبت في مدينة كانو حيث قتل خمسة أشخاص.", published=DAY)
    assert [(e.date_start, e.date_end) for e in events] == [("2015-08-08", "2015-08-08")]


def test_a_toll_summed_over_weeks_is_no_retelling_of_the_days_attack():
    events = extract("قتل أربعة شرطيين اليوم في انفجار قنبلة استهدف مركزا للشرطة في مدينة ديار بكر. "
                     "وتبنى حزب العمال الكردستاني مقتل أكثر من 20 شرطيا في تركيا خلال الأسبوعين "
                     "الماضيين.", published=DAY)
    assert sorted((e.date_start, [c.low for c in e.claims]) for e in events) == [
        ("2015-07-27", [20]), ("2015-08-10", [4])]
