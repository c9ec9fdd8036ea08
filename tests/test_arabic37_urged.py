"""Not an event (issue 8): a deed someone was urged to do.

"حث زعيم التنظيم أنصاره على قتل الجنود", "حثت الحكومة على قتال الحوثيين": urging names a wish,
like "دعا" and "طالب" (triggers.yaml ``modality.cues.demanded``) — nothing done. The deed told
stays. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 8, 9))


def test_followers_urged_to_kill_soldiers_is_no_clash():
    assert kinds("وحث زعيم تنظيم داعش أنصاره على قتل الجنود المصريين في سيناء.") == []


def test_a_government_urging_a_fight_is_no_clash():
    assert kinds("وحثت الحكومة اليمنية على قتال الحوثيين في تعز.") == []


def test_the_killing_told_stays():
    """guard: passes on the base"""
    assert kinds("وقتل مسلحو داعش ثلاثة جنود في سيناء أمس.") == [("clash", "actual")]
