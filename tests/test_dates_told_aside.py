"""A date closing a relative clause told after the event is that clause's, not the event's:
a year told about a place is its history ("قتل شرطيان في هجوم على مركز في إقليم كذا، الذي ضم
إلى البلاد في 1948" happened today; 1948 is when the province was joined), and a date told
about another event named before the pronoun is that event's ("… المدمرة بفعل المعارك التي
دارت بين الطرفين في يناير"). The event keeps no date from it (and is no background). A
relative clause about the attack itself still dates it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2019, 4, 16)


def dates(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(e.date_start, e.date_end, e.background)
            for e in extract(text, published=PUB, language="ar")]


def test_a_provinces_year_of_joining_does_not_date_the_attack():
    assert dates("قتل ثلاثة شرطيين في هجوم مسلح على مركز للشرطة في مدينة كويتا بإقليم بلوشستان، "
                 "الذي ضم إلى باكستان في 1948.") == [(None, "2019-04-16", False)]


def test_a_citys_year_of_division_does_not_date_the_shelling():
    assert dates("قتل أربعة مدنيين في قصف مدفعي استهدف بلدة في إقليم كشمير التي قسمت بين البلدين "
                 "عام 1947.") == [(None, "2019-04-16", False)]


def test_a_relative_clause_about_the_attack_still_dates_it():
    # guard: the pronoun speaks of the attack, not of a place
    assert dates("قتل ثلاثة شرطيين في الهجوم المسلح الذي وقع في مارس 2017 على مركز للشرطة في "
                 "مدينة كويتا.") == [("2017-03-01", "2017-03-31", True)]


def test_a_recent_day_in_a_clause_about_a_place_is_left_to_the_sentence():
    # guard: only a year or more ago is a place's history told in passing
    assert dates("قتل ثلاثة شرطيين في هجوم على مركز للشرطة في مدينة كويتا التي زارها الرئيس "
                 "أمس.") == [("2019-04-15", "2019-04-15", False)]


def test_the_month_of_a_battle_named_aside_does_not_date_the_bombing():
    assert dates("انفجرت قنبلة في حديقة مركز ثقافي في مدينة سروج حيث تجمع شبان يريدون إعادة إعمار "
                 "مدينة كوباني المدمرة بفعل المعركة التي دارت بين التنظيم والمقاتلين الأكراد في "
                 "يناير الماضي.") == [(None, "2019-04-16", False)]


def test_an_attack_renamed_in_a_relative_clause_keeps_its_date():
    # guard: a massacre named after an attack, "التي وقعت في …", is the same event told again
    assert dates("هاجم مسلحون حاجزا للجيش قرب العريش، في ما عرف بمذبحة العريش التي وقعت في 5 "
                 "مارس 2016، وقتلوا 12 جنديا.") == [("2016-03-05", "2016-03-05", True)]


def test_a_campaign_launched_in_the_wake_of_attacks_keeps_their_year():
    # guard: "في أعقاب" times the campaign by the attacks, whose month still bounds it
    assert dates("أطلقت الولايات المتحدة حملة عسكرية ضد طالبان في أعقاب الهجمات التي تعرضت لها "
                 "البلاد في سبتمبر 2001.")[0] == ("2001-09-01", "2001-09-30", True)
