"""Not an event (issue 8, item 4): deeds told over the past years.

"قتلت عشرات الجنود في السنوات الماضية", "شنت هجمات خلال السنوات الأخيرة": many deeds over
years, none of a day — background in passing, not the news (triggers.yaml
``modality.cues.past_years``, read like the habit words: of the deed right before it, else the
first after it). A superlative before the span compares the day's deed with those years ("هو
الأعنف خلال السنوات الأخيرة"): the deed stays. Months are no such span: "في الأشهر الماضية" is
a date (dates.yaml ``past_spans``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 3), "ar")


def test_soldiers_killed_over_the_past_years_are_no_event_of_the_day():
    assert types("ويبقى الأمن مصدر القلق الأول مع تزايد خطر الجماعات المتشددة التي قتلت "
                 "عشرات الجنود في السنوات الماضية في ولاية القصرين.") == []


def test_attacks_waged_during_recent_years_are_none_of_a_day():
    assert types("وشنت الجماعة هجمات على مراكز الشرطة في مدينة القصرين خلال السنوات "
                 "الأخيرة.") == []


def test_shelling_over_the_last_few_years_is_background():
    assert types("وقصف الطيران أحياء البلدة القديمة في مدينة الموصل طوال الأعوام القليلة "
                 "الماضية.") == []


def test_the_span_qualifies_the_fighting_it_follows_not_the_strike_of_the_day():
    assert types("وقصفت الطائرات أمس مواقع المسلحين في بلدة الحلة، التي شهدت معارك عنيفة "
                 "في السنوات الماضية.") == ["airstrike"]


def test_the_deadliest_attack_in_recent_years_happened():
    assert types("قتل 20 شخصا أمس في هجوم على سوق بلدة الحلة هو الأعنف خلال السنوات "
                 "الأخيرة.") == ["attack"]


def test_a_strike_of_the_day_alone_stays():
    """guard: passes on the base"""
    assert types("وقصفت الطائرات أمس مواقع المسلحين في بلدة الحلة.") == ["airstrike"]
