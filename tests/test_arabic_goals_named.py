"""Not an event (issue 8): a goal or a mission named ("هدفنا تحرير المحافظة") is an aim.

Like "بهدف تحرير" and "يهدف إلى", a possessed goal or mission word right before the deed
("هدفهم تحرير", "مهمتنا طرد", "غايتها السيطرة"), with "هو/هي" or not, tells what someone aims
at, not a deed done (triggers.yaml ``aims.openers``). A deed told beside it stays.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 8, 10))


def test_our_goal_is_to_liberate_is_no_liberation():
    assert kinds("وقال القائد الميداني إن هدفنا تحرير مدينة تعز من الميليشيات.") == []


def test_their_goal_is_with_a_pronoun_of_being():
    assert kinds("وأكد المتحدث أن هدفهم هو طرد المسلحين من مدينة زنجبار.") == []


def test_a_mission_named_is_no_deed():
    assert kinds("وقال قائد اللواء إن مهمتنا طرد المسلحين الحوثيين من مدينة عدن.") == []


def test_a_mission_with_a_pronoun_of_being():
    assert kinds("وقال قائد اللواء إن مهمتهم هي طرد الحوثيين من مدينة عدن.") == []


def test_a_headline_goal_is_no_deed():
    assert kinds("هدفنا تحرير مدينة إب من الحوثيين\nوقال القائد إن المعارك مستمرة في المدينة.") == []


def test_a_liberation_told_stays():
    """guard: passes on the base"""
    assert kinds("وحررت المقاومة مدينة زنجبار من الميليشيات أمس.") == [("territory_change", "actual")]
