"""The ground an operation is to take is no ground taken: "بدء عملية تحرير أبين", "دور التحالف
في عملية تحرير عدن", "عمليات تحرير الرمادي الجارية" name the operation by its aim, as
"لتحرير أبين" does. An operation told done ("انتهاء عملية تحرير زنجبار") took its ground.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2016, 9, 12), "ar")


def test_a_decision_to_start_an_operation_takes_no_ground():
    assert "territory_change" not in types(
        "واتخذت قيادة الجيش قرارا ببدء عملية تحرير محافظة البيضاء من الميليشيات.")


def test_praise_for_a_part_in_an_operation_takes_no_ground():
    assert types("رئيس الوزراء يشيد بدور دول التحالف في عملية تحرير مدينة المكلا") == []


def test_the_dead_of_an_operation_still_going_on_are_kept_without_ground_taken():
    assert types("وقال قائد العشائر إن العشرات من عناصر التنظيم قتلوا في عمليات تحرير مدينة "
                 "الفلوجة الجارية منذ أسبوع.") == ["clash"]


def test_an_operation_told_done_took_its_ground():
    # guard
    assert "territory_change" in types(
        "وأعلن الجيش انتهاء عملية تحرير مدينة زنجبار من الحوثيين.")


def test_an_operation_named_by_its_way_of_taking_ground_took_it():
    # guard: storming is how, not what for
    assert "territory_change" in types(
        "وقادت المقاومة عملية اقتحام موقع الحوثيين في جبل صبر أمس.")
