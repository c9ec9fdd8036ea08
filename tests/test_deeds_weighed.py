"""Deeds weighed, not told. An event noun that is the subject of a verb of what it will bring
("إن السيطرة على المدينة ستعني…", "فإن استعادة المقاومة للمدينة سيقطع…", "وتحرير المدينة
سيفتح…") is an assessment of a deed that may come: no event happened. A deed told by its verb
before such a verb ("سيطرت القوات على المدينة، وهو ما سيعني…"), or one whose clause goes on
past a relative ("هجوم على موقع سيؤدي…" is the site's), happened. The chance of a deed
("احتمالات أن تشن", "احتمال وقوع هجوم") tells none; the chance that a deed told was of a kind
("احتمال أن يكون الانفجار هجوما") leaves it told. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

PUB = date(2016, 5, 9)
modalities = modalities_on(PUB)


def test_ground_whose_taking_would_mean_something_is_weighed_not_taken():
    assert ("territory_change", "actual") not in modalities(
        "وقال الخبير العسكري إن سيطرة القوات الحكومية على مدينة مأرب ستعني انهيار دفاعات "
        "الحوثيين في المحافظة.")


def test_ground_whose_recapture_would_cut_supplies_is_weighed_not_taken():
    assert ("territory_change", "actual") not in modalities(
        "وأضاف أن المنطقة مهمة، ولذلك فإن استعادة المقاومة الشعبية لمدينة زنجبار سيقطع طرق "
        "الإمداد عن الميليشيات.")


def test_a_liberation_opening_its_sentence_and_opening_a_road_is_weighed():
    assert ("territory_change", "actual") not in modalities(
        "وتحرير مدينة تعز من ميليشيات الحوثي سيفتح الطريق أمام قوات الشرعية نحو العاصمة.")


def test_ground_taken_and_then_weighed_was_taken():
    # guard: the deed is told by its verb; what it will mean comes after
    assert modalities("وسيطرت القوات الحكومية أمس على مدينة مأرب، وهو ما سيعني انهيار دفاعات "
                      "الحوثيين.") == [("territory_change", "actual")]


def test_an_attack_inside_a_sentence_about_what_it_will_bring_happened():
    # guard: the attack is no subject opening its clause
    assert ("clash", "actual") in modalities(
        "وقتل خمسة جنود أمس في هجوم شنه الحوثيون على موقع للجيش في مأرب سيؤدي إلى تصعيد "
        "القتال.")


def test_a_future_verb_after_a_relative_belongs_to_its_own_noun():
    # guard: "the war that will end" does not make the capture weighed
    assert ("territory_change", "actual") in modalities(
        "وقال القائد إن تحرير المقاومة الشعبية لمدينة زنجبار أمس نقلة في الحرب التي ستضع "
        "أوزارها قريبا.")


def test_strikes_whose_chances_fall_are_not_told():
    assert ("airstrike", "actual") not in modalities(
        "ويرى محللون أن التقارب بين البلدين يقلل احتمالات أن تشن الطائرات الروسية غارات جوية "
        "على مواقع المعارضة في إدلب.")


def test_an_attack_whose_chance_is_studied_is_not_told():
    assert ("clash", "actual") not in modalities(
        "وتدرس الأجهزة الأمنية احتمال أن يشن تنظيم داعش هجوما على قاعدة عين الأسد في الأنبار.")


def test_the_chance_of_an_attack_occurring_is_no_attack():
    assert ("attack", "actual") not in modalities(
        "وقالت الشرطة إن احتمال وقوع هجوم إرهابي في العاصمة كابول خلال العيد مرتفع جدا.")


def test_a_blast_that_may_have_been_an_attack_happened():
    # guard: what is in doubt is its kind, not the blast
    assert ("attack", "actual") in modalities(
        "وقال مسؤولون إنهم يحققون في احتمال أن يكون الانفجار الذي وقع أمس في مدينة سروج هجوما "
        "انتحاريا.")
