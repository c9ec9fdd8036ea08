"""Words that look like deeds and are not, or places that are not where it happened. A
campaign of words or care ("حملة إعلامية", "حملة توعوية") launches no operation; blows dealt
"over the past period" are many deeds of no day; a capital right after a verb that trains or
backs a side ("مقاتلين دربتهم واشنطن") is the patron, not the place; a country's "northern
border" is not Saudi Arabia's Northern Borders region; "so that" before a verb still to come
("ليتم تطهير") tells a deed ahead. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on, places_on

PUB = date(2016, 3, 14)
modalities = modalities_on(PUB)
places = places_on(PUB, "ar")


def test_a_media_campaign_launches_no_operation():
    assert modalities("وأطلقت قوات الأمن حملة توعوية في مدينة أبها أمس.") == []


def test_a_security_campaign_is_launched():
    # guard
    assert modalities("وأطلقت قوات الأمن حملة أمنية واسعة في مدينة أبها أمس.") == [
        ("operation_launch", "actual")]


def test_blows_over_the_past_period_are_no_event_of_a_day():
    assert modalities("ونفذت قوات الجيش على مدار الفترة الماضية ضربات جوية ضد الجماعات المسلحة "
                      "في مدينة العريش.") == []


def test_the_capital_that_trained_the_fighters_is_not_where_they_were_attacked():
    assert "Washington" not in places(
        "وشنت جبهة النصرة هجوما قرب بلدة أعزاز شمال حلب استهدفت فيه مقاتلين من المعارضة "
        "دربتهم واشنطن ضمن برنامج لبناء قوة سورية.")


def test_a_countrys_northern_border_is_not_the_saudi_region():
    assert places("ونفذت الحركة تفجيرات انتحارية على قرى في الحدود الشمالية والشرقية "
                  "لنيجيريا أمس.") == ["Nigeria"]


def test_ground_to_be_cleared_so_that_is_planned():
    assert modalities("وتوقعت المصادر أن يلتحم الجيش الوطني مع القوات القادمة من محافظة لحج "
                      "ليتم تطهير كامل مدينة تعز.") == [("territory_change", "planned")]


def test_a_city_after_its_cue_word_is_the_place_even_before_a_title():
    assert places("واختطف مسلحون حوثيون أمس في مدينة صنعاء القيادي في الحراك الشعبي وناشطا "
                  "آخر.") == ["Sanaa"]


def test_a_family_name_before_a_title_is_no_place():
    # guard
    assert places("وقال علي الأحمدي المتحدث باسم المقاومة إن الاشتباكات مستمرة في مدينة "
                  "تعز.") == ["Taiz"]


def test_the_number_and_kind_of_attacks_a_group_seeks_are_no_attack():
    assert modalities("وأعرب عضو مجلس النواب من ولاية كاليفورنيا عن اعتقاده بأن داعش يركز على "
                      "عدد الهجمات بينما تركز القاعدة على جودة الهجمات.") == []


def test_a_generals_given_name_is_no_city():
    assert "Riyadh" not in places("من جهته أعلن قائد العمليات في بابل اللواء رياض الخيكاني أن "
                                  "قيادة العمليات تمكنت من القضاء على 10 إرهابيين بينهم "
                                  "انتحاري أجنبي.")
