"""Not an event (issue 8, item 4): what happens often or at times is a habit, no deed of a day.

"كينيا التي غالبا ما تشهد هجمات إرهابية", "كثيرا ما تتعرض المدينة لقصف الطيران", "قوات النظام
تقصف الحي في بعض الأحيان": a word of frequency (triggers.yaml ``modality.habitual``) makes the event a
habit, as "بانتظام" and "يوميا" do. The same deed dated stays. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 7, 27))


def test_a_country_that_often_sees_attacks_tells_no_attack():
    assert kinds("وعلى عكس الصومال التي غالبا ما تشهد هجمات إرهابية، تبدو جيبوتي بلدا "
                 "مستقرا.") == []


def test_a_town_often_struck_from_the_air_tells_no_air_strike():
    assert kinds("وكثيرا ما تتعرض البلدة لقصف الطيران الحربي في ريف إدلب.") == []


def test_forces_that_shell_at_times_tell_no_shelling():
    assert kinds("وقال الأهالي إن قوات النظام تقصف الحي في بعض الأحيان بالمدفعية من جبل قاسيون "
                 "في دمشق.") == []


def test_the_town_struck_yesterday_stays():
    """guard: passes on the base"""
    assert kinds("وتعرضت البلدة أمس لقصف الطيران الحربي في ريف إدلب.") == [("airstrike", "actual")]
