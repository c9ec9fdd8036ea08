"""find_dates: Arabic (all regional month spellings, relative days, weekdays, Hijri) and English."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from events.extract.dates import find_dates
from events.extract.doc import Doc
from events.extract.sentences import split_sentences

PUB = date(2017, 6, 2)  # a Friday
SEED = Path(__file__).resolve().parents[1] / "data" / "articles" / "000_52d545aa72dbd2d1.txt"


def dates(text: str, published: date | None = PUB) -> list:
    d = Doc(text, published=published)
    split_sentences(d)
    find_dates(d)
    return d.dates


def one(text: str, published: date | None = PUB):
    found = dates(text, published)
    assert len(found) == 1, [(m.text, m.kind) for m in found]
    return found[0]


def span(text: str, published: date | None = PUB) -> tuple:
    m = one(text, published)
    return m.date_start, m.date_end, m.date_prec


@pytest.mark.parametrize("text, month", [
    ("قصفت الطائرات البلدة في 12 يناير 2017", 1), ("في 12 كانون الثاني 2017", 1),
    ("في 12 جانفي 2017", 1), ("في 12 فبراير 2017", 2), ("في 12 شباط 2017", 2),
    ("في 12 فيفري 2017", 2), ("في 12 مارس 2017", 3), ("في 12 آذار 2017", 3),
    ("في 12 أبريل 2017", 4), ("في 12 ابريل 2017", 4), ("في 12 نيسان 2017", 4),
    ("في 12 أفريل 2017", 4), ("في 12 مايو 2017", 5), ("في 12 أيار 2017", 5),
    ("في 12 ماي 2017", 5), ("في 12 يونيو 2017", 6), ("في 12 يونيه 2017", 6),
    ("في 12 حزيران 2017", 6), ("في 12 جوان 2017", 6), ("في 12 يوليو 2016", 7),
    ("في 12 يوليه 2016", 7), ("في 12 تموز 2016", 7), ("في 12 جويلية 2016", 7),
    ("في 12 يوليوز 2016", 7), ("في 12 أغسطس 2016", 8), ("في 12 آب 2016", 8),
    ("في 12 أوت 2016", 8), ("في 12 غشت 2016", 8), ("في 12 سبتمبر 2016", 9),
    ("في 12 أيلول 2016", 9), ("في 12 شتنبر 2016", 9), ("في 12 أكتوبر 2016", 10),
    ("في 12 تشرين الأول 2016", 10), ("في 12 نوفمبر 2016", 11), ("في 12 تشرين الثاني 2016", 11),
    ("في 12 نونبر 2016", 11), ("في 12 ديسمبر 2016", 12), ("في 12 كانون الأول 2016", 12),
    ("في 12 دجنبر 2016", 12),
])
def test_every_regional_month_spelling(text, month):
    m = one(text)
    assert m.date_start.month == month and m.date_start.day == 12 and m.date_prec == 1
    assert m.kind == "absolute"


def test_day_month_with_year_and_arabic_indic_digits():
    assert span("قُتل ٣ مدنيين يوم ٢٥ مايو ٢٠١٧ في درعا") == (date(2017, 5, 25),) * 2 + (1,)
    m = one("وفي ٢٥ مايو ٢٠١٧ سقطت قذائف")
    assert m.text == "٢٥ مايو ٢٠١٧"


def test_last_and_next_cues_pick_the_year():
    assert span("أعلنت يوم 6 نوفمبر الماضي انطلاق العملية")[0] == date(2016, 11, 6)
    assert span("يوم 25 ماي الماضي")[0] == date(2017, 5, 25)
    assert span("ستعقد الجولة يوم 10 يوليو المقبل")[0] == date(2017, 7, 10)
    assert span("ستعقد الجولة يوم 1 مايو المقبل")[0] == date(2018, 5, 1)


def test_no_cue_means_not_after_publication():
    assert span("اندلعت الاشتباكات في 28 أيار")[0] == date(2017, 5, 28)
    assert span("اندلعت الاشتباكات في 20 تموز")[0] == date(2016, 7, 20)
    assert span("وقع الهجوم في 2 حزيران")[0] == date(2017, 6, 2)


def test_numeric_dates():
    assert span("بتاريخ 25/5/2017 شنت الطائرات غارات")[0] == date(2017, 5, 25)
    assert span("التقرير الصادر 2017-05-25 يؤكد")[0] == date(2017, 5, 25)
    assert span("وذلك بتاريخ 25.05.2017")[0] == date(2017, 5, 25)


def test_day_ranges():
    assert span("في ليلة 29 – 30 ماي الماضي حاولوا") == (date(2017, 5, 29), date(2017, 5, 30), 2)
    assert span("بين 3 و5 حزيران 2017") == (date(2017, 6, 3), date(2017, 6, 5), 2)
    assert span("من 3 إلى 5 يونيو 2016") == (date(2016, 6, 3), date(2016, 6, 5), 2)
    assert span("خلال الفترة 28 أيار - 1 حزيران") == (date(2017, 5, 28), date(2017, 6, 1), 2)
    assert one("بين 3 و5 حزيران 2017").kind == "range"


def test_day_ranges_of_a_month_named_by_its_place_in_time():
    # the month is this one or the last, as "15 من الشهر الجاري" already said for one day
    assert span("ليلة 1 إلى 2 من الشهر الجاري") == (date(2017, 6, 1), date(2017, 6, 2), 2)
    assert span("بين 3 و5 من الشهر الماضي") == (date(2017, 5, 3), date(2017, 5, 5), 2)
    assert span("من 2 إلى 1 من الشهر الجاري") != (date(2017, 6, 2), date(2017, 6, 1), 2)


def test_month_only_and_year_only():
    assert span("في مايو الماضي قصفت الطائرات") == (date(2017, 5, 1), date(2017, 5, 31), 4)
    assert span("خلال شهر آذار 2016") == (date(2016, 3, 1), date(2016, 3, 31), 4)
    assert span("منذ مطلع نيسان") == (date(2017, 4, 1), date(2017, 4, 10), 4)
    assert span("خلال عام 2016 قتل الآلاف") == (date(2016, 1, 1), date(2016, 12, 31), 5)
    assert span("خلال العام الماضي") == (date(2016, 1, 1), date(2016, 12, 31), 5)
    assert span("خلال الشهر الماضي") == (date(2017, 5, 1), date(2017, 5, 31), 4)
    assert one("في مايو الماضي").kind == "month"
    assert one("عام 2016").kind == "year"


def test_a_part_of_a_month_is_its_days():
    assert span("في أواخر أيار قصفت الطائرات") == (date(2017, 5, 21), date(2017, 5, 31), 4)
    assert span("في أواخر شباط 2016") == (date(2016, 2, 21), date(2016, 2, 29), 4)
    assert span("منتصف آذار الماضي") == (date(2017, 3, 11), date(2017, 3, 20), 4)
    assert span("في الأسبوع الأخير من نيسان") == (date(2017, 4, 24), date(2017, 4, 30), 3)
    assert span("في الأسبوع الأول من نيسان") == (date(2017, 4, 1), date(2017, 4, 7), 3)
    assert span("أوائل شباط") == (date(2017, 2, 1), date(2017, 2, 10), 4)


def test_a_month_with_no_part_named_is_all_of_it():
    assert span("في نيسان الماضي") == (date(2017, 4, 1), date(2017, 4, 30), 4)


def test_ambiguous_month_words_need_a_day_or_year():
    assert dates("وصل أب الضحية إلى المستشفى") == []
    assert dates('17 سيارة «بيك آب» مزودة برشاشات') == []
    assert dates("مارس الجيش ضغوطا على المسلحين") == []
    assert span("في آب 2016")[0] == date(2016, 8, 1)


def test_relative_days():
    assert span("قصفت الطائرات اليوم مواقع") == (PUB, PUB, 1)
    assert span("قصفت الطائرات امس مواقع") == (date(2017, 6, 1),) * 2 + (1,)
    assert span("وقال أمس إن") == (date(2017, 6, 1),) * 2 + (1,)
    for t in ("أول أمس", "أول من أمس", "اول امس"):
        assert span(f"قتل {t} ثلاثة") [0] == date(2017, 5, 31), t
    assert span("فجر اليوم") == (PUB, PUB, 1)
    assert span("مساء أمس")[0] == date(2017, 6, 1)
    assert span("قبل يومين")[0] == date(2017, 5, 31)
    assert span("قبل 3 أيام")[0] == date(2017, 5, 30)
    assert span("منذ ثلاثة أيام")[0] == date(2017, 5, 30)


def test_night_is_a_two_day_interval():
    assert span("ليلة أمس") == (date(2017, 6, 1), date(2017, 6, 2), 2)
    assert span("قصفت ليلة- اول امس") == (date(2017, 5, 31), date(2017, 6, 1), 2)


def test_week_intervals():
    assert span("خلال أسبوع") == (date(2017, 5, 27), PUB, 3)
    assert span("خلال الأيام الماضية") == (date(2017, 5, 27), PUB, 3)
    # "last week" is the previous calendar week (Saturday to Friday in the Arabic press): in a
    # Friday 2 June paper, 20-26 May; in a Saturday 3 June paper, 27 May - 2 June
    assert span("الأسبوع الماضي") == (date(2017, 5, 20), date(2017, 5, 26), 3)
    assert [(m.date_start, m.date_end) for m in dates("الأسبوع الماضي", date(2017, 6, 3))] == [
        (date(2017, 5, 27), date(2017, 6, 2))]


def test_weekdays_are_the_last_one_before_publication():
    assert span("يوم الاثنين")[0] == date(2017, 5, 29)
    assert span("يوم الإثنين")[0] == date(2017, 5, 29)
    assert span("قصفت الطائرات الثلاثاء بلدة")[0] == date(2017, 5, 30)
    assert span("يوم الجمعة")[0] == PUB  # the publication day's own weekday is that day
    assert span("يوم الجمعة الماضي")[0] == date(2017, 5, 26)  # "last Friday": a week back
    assert span("اليوم الجمعة")[0] == PUB
    assert span("الاثنين المقبل")[0] == date(2017, 6, 5)
    assert dates("أحد المسلحين") == []


def test_a_bare_weekday_after_the_verb_or_its_subject_is_a_date():
    assert span("وأعلنت الوزارة الأحد مقتل ثلاثة جنود")[0] == date(2017, 5, 28)
    assert span("قتل شرطي الاثنين في انفجار عبوة")[0] == date(2017, 5, 29)
    assert span("وسقطت قذائف الجمعة على الحي")[0] == PUB


def test_a_weekday_word_used_as_an_ordinary_word_is_no_date():
    assert dates("ودار خلاف بين الاثنين على تقاسم السلطة") == []  # between the two
    assert dates("وحذر خطباء الجمعة من الفتنة") == []  # Friday preachers, any Friday


def test_weekday_joins_the_full_date_it_names():
    m = one("يوم الخميس 25 مايو 2017")
    assert m.date_start == date(2017, 5, 25) and m.text == "يوم الخميس 25 مايو 2017"


@pytest.mark.parametrize("text, expected", [
    ("1 شوال 1436", date(2015, 7, 17)),
    ("23 ربيع الأول 1439 هـ", date(2017, 12, 11)),
    ("1439/3/23 هـ", date(2017, 12, 11)),
    ("الموافق 23 ربيع الاول 1439هـ", date(2017, 12, 11)),
])
def test_hijri(text, expected):
    m = one(text)
    assert (m.date_start, m.kind, m.date_prec) == (expected, "hijri", 1)


def test_hijri_month_and_year():
    assert span("في رمضان 1438 هـ") == (date(2017, 5, 27), date(2017, 6, 24), 4)


def test_counts_and_more_than_are_not_dates():
    assert dates("تدمير 36 مركبة و8 صهاريج") == []
    assert dates("قتل أكثر من 80 إرهابيا") == []
    assert dates("وغادرت 3 قوافل الرقة") == []


def test_without_publication_date_mentions_are_kept_with_null_dates():
    m = one("قصفت الطائرات امس", published=None)
    assert m.text == "امس" and m.date_start is None and m.date_end is None
    m = one("في 25 مايو", published=None)
    assert m.date_start is None
    assert span("في 25 مايو 2017", published=None)[0] == date(2017, 5, 25)


def test_sentence_index_and_offsets_point_into_the_text():
    d = Doc("قتل ثلاثة. وأصيب آخرون أمس في حلب.", published=PUB)
    split_sentences(d)
    find_dates(d)
    (m,) = d.dates
    assert m.sentence == 1 and d.surface(m.start, m.end) == "أمس" == m.text


def test_english():
    assert span("Jets struck the town on 25 May 2017.")[0] == date(2017, 5, 25)
    assert span("Jets struck the town on May 25.")[0] == date(2017, 5, 25)
    assert span("Jets struck the town yesterday.")[0] == date(2017, 6, 1)
    assert span("Jets struck the town on Monday.")[0] == date(2017, 5, 29)
    assert span("Fighting continued last week.") == (date(2017, 5, 26), date(2017, 6, 1), 3)
    assert span("three days ago")[0] == date(2017, 5, 30)
    assert dates("They may attack again.") == []


@pytest.mark.skipif(not SEED.exists(), reason="seed article absent")
def test_seed_article():
    found = dates(SEED.read_text(encoding="utf-8"))
    got = {m.text: (m.date_start, m.date_end, m.date_prec) for m in found}
    assert got["ليلة- اول امس"] == (date(2017, 5, 31), date(2017, 6, 1), 2)
    assert got["25 ماي الماضي"] == (date(2017, 5, 25),) * 2 + (1,)
    assert got["29 – 30 ماي الماضي"] == (date(2017, 5, 29), date(2017, 5, 30), 2)
    assert got["امس"] == (date(2017, 6, 1),) * 2 + (1,)
    assert got["6 نوفمبر الماضي"] == (date(2016, 11, 6),) * 2 + (1,)
    assert got["خلال أسبوع"] == (date(2017, 5, 27), PUB, 3)
    assert got["اول امس"] == (date(2017, 5, 31),) * 2 + (1,)
    assert len(found) == 7


def test_ordinal_days():
    assert span("في الخامس من حزيران 2016")[0] == date(2016, 6, 5)
    assert span("في الحادي والعشرين من مايو الماضي")[0] == date(2017, 5, 21)
    assert span("الثاني عشر من شهر آب 2016")[0] == date(2016, 8, 12)
    assert span("السابع والعشرين من رمضان 1438 هـ")[0] == date(2017, 6, 22)
    assert one("في كانون الأول 2016").kind == "month"  # الأول here is part of the month name


def test_a_week_ago_is_a_week_window():
    assert span("قبل أسبوع") == (date(2017, 5, 23), date(2017, 5, 29), 3)


def test_a_month_ago_is_some_days_around_a_month_back():
    assert span("وقعت المذبحة قبل شهر") == (date(2017, 4, 23), date(2017, 5, 13), 4)
    assert span("سيطرت عليها قبل نحو شهرين") == (date(2017, 3, 24), date(2017, 4, 13), 4)


def test_a_span_counted_from_another_event_is_no_date_of_the_report():
    assert dates("قتل في المدينة قبل شهر من سقوطها في أيدي التنظيم") == []
    assert dates("وقصفت الطائرات القرية قبل 3 أيام من بدء الهدنة") == []


def test_levantine_double_month_names():
    assert span("في 12 أيار/مايو 2017")[0] == date(2017, 5, 12)
    assert span("في 12 حزيران (يونيو) 2016")[0] == date(2016, 6, 12)
    assert span("في أيار/مايو الماضي") == (date(2017, 5, 1), date(2017, 5, 31), 4)


@pytest.mark.parametrize("text, start, end, prec", [
    # Syrian Observatory
    ("وثق المرصد السوري مقتل 12 مدنياً فجر اليوم الجمعة في غارات على سراقب", PUB, PUB, 1),
    # Gulf
    ("وأعلن التحالف مساء أمس الخميس اعتراض صاروخ باليستي", date(2017, 6, 1), date(2017, 6, 1), 1),
    # Egyptian
    ("وكانت القوات قد نفذت حملة يوم الأحد الماضي في العريش", date(2017, 5, 28), date(2017, 5, 28), 1),
    # Iraqi
    ("وانطلقت العملية في 17 تشرين الأول 2016 لاستعادة الموصل", date(2016, 10, 17), date(2016, 10, 17), 1),
    # Algerian
    ("تم القضاء على إرهابيين يوم 25 ماي 2017 بولاية البويرة", date(2017, 5, 25), date(2017, 5, 25), 1),
    # Tunisian
    ("وقعت المواجهات ليلة 1 - 2 جوان الجاري بجبل الشعانبي", date(2017, 6, 1), date(2017, 6, 2), 2),
    # Moroccan
    ("وجرى توقيف المشتبه بهم يوم 3 يوليوز 2016", date(2016, 7, 3), date(2016, 7, 3), 1),
])
def test_regional_styles(text, start, end, prec):
    found = [m for m in dates(text) if m.kind != "weekday" or m.date_start is not None]
    assert (found[0].date_start, found[0].date_end, found[0].date_prec) == (start, end, prec)


def test_weekday_after_a_relative_day_is_the_same_mention():
    m = one("وأعلن التحالف مساء أمس الخميس اعتراض صاروخ")
    assert (m.text, m.date_start, m.kind) == ("مساء أمس الخميس", date(2017, 6, 1), "relative")
    # they disagree (Wednesday was 31 May): a wire story written a day before its reprint,
    # whose weekday names the day
    [m] = dates("أمس الأربعاء")
    assert (m.date_start, m.date_end) == (date(2017, 5, 31), date(2017, 5, 31))
    assert len(dates("أمس السبت")) == 2  # five days off: two dates, not one


def test_day_of_a_relative_month():
    assert span("في الـ15 من الشهر الجاري")[0] == date(2017, 6, 15)
    assert span("في 15 من الشهر الماضي")[0] == date(2017, 5, 15)
    assert span("العاشر من الشهر الماضي")[0] == date(2017, 5, 10)


def test_same_day_and_next_day_are_not_today():
    assert dates("وفي نفس اليوم قصفت الطائرات") == []
    assert dates("وفي اليوم التالي انسحبوا") == []
    assert dates("بمناسبة اليوم العالمي للطفل") == []


def test_english_year():
    assert span("Fighting has killed thousands since 2011.") == (date(2011, 1, 1), date(2011, 12, 31), 5)


def test_plural_cues_and_spaced_numeric_dates():
    assert span("في الـ13 من أكتوبر المقبلين")[0] == date(2017, 10, 13)
    m = one("ابتداء من يوم الاربعاء 4 / 11 / 1436")
    assert (m.kind, m.date_start) == ("hijri", date(2015, 8, 19))


def test_weekday_in_brackets_after_a_relative_day():
    m = one("مساء أول من أمس (الأربعاء)")
    assert (m.date_start, m.kind) == (date(2017, 5, 31), "relative")


def test_night_between_two_weekdays():
    assert span("شهدت ليل الخميس - الجمعة تفجيرا") == (date(2017, 6, 1), PUB, 2)
    assert span("ليلة السبت على الأحد") == (date(2017, 5, 27), date(2017, 5, 28), 2)


def test_hijri_month_without_a_year():
    # published during Ramadan 1438 (27 May - 24 June 2017)
    assert span("قتل خلال شهر رمضان") == (date(2017, 5, 27), date(2017, 6, 24), 4)
    assert span("في رمضان الماضي") == (date(2016, 6, 6), date(2016, 7, 5), 4)
    assert span("في شوال المقبل") == (date(2017, 6, 25), date(2017, 7, 23), 4)
    assert dates("وقال رمضان إن القصف مستمر") == []


def test_hours_ago():
    assert span("قبل ساعات") == (date(2017, 6, 1), PUB, 2)


def test_tomorrow_and_its_weekday():
    m = one("تستأنف التدريبات مساء غد السبت")
    assert (m.text, m.date_start) == ("مساء غد السبت", date(2017, 6, 3))


def test_per_day_and_newspaper_names_are_not_today():
    assert dates('وقالت لـ"عين اليوم" إن') == []
    assert dates("يتناول في اليوم الواحد عشرة فناجين") == []


def test_year_joined_with_lam():
    assert span("في الثلاثين من يونيو لعام 2007")[0] == date(2007, 6, 30)


def test_english_ranges():
    assert span("The night of May 29-30.") == (date(2017, 5, 29), date(2017, 5, 30), 2)
    assert span("From 3 to 5 June 2016.") == (date(2016, 6, 3), date(2016, 6, 5), 2)


def test_safar_is_zero_without_a_year():
    assert dates("فاز الفريق بنتيجة 3 صفر") == []
    assert span("في 10 صفر 1439 هـ")[0] == date(2017, 10, 30)


def test_years_ago_is_that_whole_year():
    assert span("وقع الهجوم قبل 3 سنوات")[:2] == (date(2014, 1, 1), date(2014, 12, 31))
