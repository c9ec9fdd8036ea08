"""Not an event (issue 8, item 4): the campaign against a side, named as what someone takes part
in, is no fighting of the day.

"حليف مفيد للولايات المتحدة في قتال داعش", "تتركز مهام الفرقة في قتال التنظيم في ريف حلب",
"وافقت على استخدام قواعدها في قتال التنظيم": a bare noun of war right after "في" with the side
right after it as its object names the campaign (triggers.yaml ``wars_against``), as "الحرب على
داعش" does — a place after it is where the campaign goes on. Fighting told with a link ("قتال
مع داعش") or between sides stays. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 6), "ar")


def test_an_ally_in_fighting_a_group_is_no_clash():
    assert types("ويرى مسؤولون أن المقاتلين الأكراد كانوا شريكا فعالا للتحالف في قتال تنظيم "
                 "داعش خلال العام الماضي.") == []


def test_a_units_task_in_fighting_a_group_somewhere_is_no_clash():
    assert types("وقال القائد إن مهمة اللواء الجديد تنحصر في قتال الحوثيين في محافظة مأرب.") == []


def test_fighting_with_a_group_stays_a_clash():
    """guard: passes on the base"""
    assert types("قتل جنديان في قتال مع داعش في بيجي أمس.") == ["clash"]


def test_fighting_between_two_sides_stays_a_clash():
    """guard: passes on the base"""
    assert types("واندلع قتال عنيف بين الجيش وداعش في بيجي أمس.") == ["clash"]
