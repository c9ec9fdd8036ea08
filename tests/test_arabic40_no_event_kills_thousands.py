"""Honest numbers (issue 8, item 5, and the brief): no event of the news kills two thousand.

"الإرهاب الذي قضى على نصف مليون عراقي", "أسفرت غارات الطيران على مدينة حلب عن مقتل 4500
مدني": a figure this big (quantities.yaml ``event_ceiling``) counts a war or
a period, however it is worded — summed with the day's events it would make the header read
hundreds of thousands. History keeps its toll (a background event is never in the current
totals), and so does a toll told of one day — a claim, however bold — and a tally the title
tells: the item's main claim (the annotation guide's rule 6). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 1)


def claims(text: str) -> list[tuple[int | None, bool]]:
    return [(c.low, e.background) for e in extract(text, published=DAY, language="ar")
            for c in e.claims]


def test_thousands_of_dead_of_a_city_s_strikes_are_a_tally():
    assert claims("وأسفرت غارات الطيران على مدينة حلب عن مقتل 4500 مدني.") == []


def test_half_a_million_dead_of_terror_are_no_event_s():
    """guard: passes on the base"""
    assert claims("وأشار التقرير إلى أن الإرهاب قضى على نصف مليون عراقي، فيما قتل 12 شخصا "
                  "أمس في تفجير سيارة مفخخة في سوق بمدينة بعقوبة.") == [(12, False)]


def test_thousands_killed_by_a_year_of_barrel_bombs_are_a_tally():
    assert claims("وقال المرصد إن طائرات النظام قتلت 4844 مدنيا في غارات على مدينة حلب.") == []


def test_a_massacre_of_twenty_years_ago_keeps_its_toll_as_history():
    """guard: passes on the base"""
    assert claims("وقتل أكثر من ثمانية آلاف رجل وصبي مسلم في مذبحة سربرنيتسا في البوسنة عام "
                  "1995.") == [(8000, True)]


def test_a_thousand_dead_in_one_attack_stay():
    """guard: passes on the base"""
    assert claims("وقتل 1280 شخصا في هجوم المسلحين على مدينة سنجار أمس.") == [(1280, False)]


def test_a_tally_the_title_tells_is_the_item_s_main_claim():
    """guard: passes on the base"""
    assert claims("داعش يعدم 2500 شخص في الموصل\n\nقال مسؤول عراقي إن تنظيم داعش أعدم 2500 شخص "
                  "من أهالي مدينة الموصل وعلق أسماءهم على جدران دائرة الطب العدلي.") == [
        (2500, False)]


def test_a_bold_claim_of_one_day_stays_a_claim():
    """guard: passes on the base"""
    assert claims("وقال الجيش إن طائراته قتلت 3000 مسلح قرب مدينة تدمر أمس.") == [(3000, False)]
