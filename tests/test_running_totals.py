"""Running totals told more than once: a war's toll is no day's claim, also when it is told
as a pair ("ألف قتيل و9 آلاف جريح منذ …") or repeated later without its "since". A sum of one
day's raids is no running total. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2017, 6, 2)


def claims(text: str) -> set[tuple[str, int | None]]:
    return {(c.category, c.low) for e in extract(text, published=PUB, article_id="t", language="ar")
            for c in e.claims}


def test_both_figures_of_a_pair_counted_since_a_war_began_are_a_tally():
    found = claims("وقال مسؤول محلي إن المعارك في مدينة تعز خلفت ألفي قتيل و7 آلاف جريح منذ "
                   "اندلاعها قبل أربعة أشهر.")
    assert ("killed", 2000) not in found and ("injured", 7000) not in found


def test_a_tally_told_again_without_its_since_is_still_the_tally():
    found = claims("وقال مدير الصحة إن 1200 شخص قتلوا منذ بدء الاشتباكات في مدينة تعز. وأضاف أن "
                   "الغارات قتلت أمس 9 مدنيين، مشيرا إلى أن 1200 قتيل سقطوا وجميعهم من المدنيين.")
    assert ("killed", 1200) not in found
    assert ("killed", 9) in found


def test_the_sum_of_one_days_raids_told_twice_is_still_the_days_claim():
    found = claims("اعتقلت الشرطة التركية 250 شخصا في مداهمات استهدفت مسلحين أمس في عدة مدن. "
                   "وقال البيان إن عدد الموقوفين الإجمالي بلغ 250 شخصا.")
    assert ("captured", 250) in found


def test_a_months_toll_of_violence_is_a_tally_not_a_claim_on_one_event():
    found = claims("أعلنت بعثة الأمم المتحدة أمس في مدينة الموصل عن مقتل 940 عراقيا في أعمال العنف "
                   "خلال مارس الماضي.")
    assert ("killed", 940) not in found


def test_a_toll_of_the_day_with_a_month_named_after_it_elsewhere_stays():
    found = claims("قتل 12 جنديا أمس في هجوم على حاجز قرب مدينة الموصل التي سقطت في يونيو 2014.")
    assert ("killed", 12) in found


def test_a_toll_since_a_start_counts_also_after_the_dead_are_named():
    found = claims("وقتل ما لا يقل عن 23 عنصرا من حرس الحدود والشرطة منذ أن استأنف المسلحون "
                   "هجماتهم على المخافر في منتصف الشهر الماضي.")
    assert ("killed", 23) not in found


def test_killed_and_wounded_since_a_start_are_one_tally():
    found = claims("وقتل 40 عنصرا من قوات الأمن وأصيب العشرات منذ أن استأنف المسلحون هجماتهم على "
                   "المخافر في محافظة ديالى في 3 مايو.")
    assert ("killed", 40) not in found


def test_a_since_of_the_toll_rising_leaves_the_days_dead():
    found = claims("وقتل المسلحون ثلاثة جنود في هجوم على مخفر في مدينة الرمادي أمس ليرتفع عدد "
                   "قتلى الجيش منذ مطلع يوليو إلى 41 قتيلا.")
    assert ("killed", 3) in found


def test_the_worst_attack_since_a_past_time_is_the_days_toll_and_keeps_its_day():
    [e] = extract("قتل 26 شخصا في أعنف هجوم منذ سنتين على سوق في مدينة بعقوبة أمس.",
                  published=PUB, article_id="t", language="ar")
    assert [(c.category, c.low) for c in e.claims] == [("killed", 26)]
    assert e.date_start == e.date_end == "2017-06-01"


def test_the_worst_since_in_english_is_the_days_toll():
    found = {(c.category, c.low) for e in extract(
        "A truck bomb killed 26 people at a market in Baquba on Thursday, the deadliest attack on "
        "the city since 2013.", published=PUB, article_id="t", language="en") for c in e.claims}
    assert ("killed", 26) in found
