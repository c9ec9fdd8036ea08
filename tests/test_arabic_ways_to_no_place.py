"""Events (issue 8): a side that "heads" to a state of things moves nowhere.

"الميليشيات تتجه إلى الانهيار" (the militias are heading for collapse), "قوات النظام تتجه نحو
التصعيد" (towards escalation), "اتجهت نحو الحل العسكري" (turned to the military solution):
a heading word (توجه، اتجه) counts as a movement only with a way after it, and a way word
followed by one of ``heading_figures`` (triggers.yaml: a fate, a state, a body one turns to)
is no way to a place (`trigger_targets._figurative_heading`). A force that heads to a town
still moves. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 1), "ar")


def test_militias_heading_for_collapse_move_nowhere():
    assert types("وقال المحلل إن الميليشيات تتجه إلى الانهيار في مدينة صنعاء بعد خسارة عدن.") == []


def test_forces_heading_towards_escalation_move_nowhere():
    assert types("وقال إن قوات النظام تتجه نحو التصعيد في ريف حماة.") == []


def test_an_army_turning_to_the_military_solution_moves_nowhere():
    assert types("واتجهت قوات الجيش نحو الحل العسكري في درعا.") == []


def test_fighters_heading_for_the_abyss_move_nowhere():
    assert types("وقال القيادي في المقاومة إن مسلحي الحوثي يتجهون نحو الهاوية في صنعاء.") == []


def test_troops_heading_to_a_town_move():
    """guard: passes on the base"""
    assert types("وتوجهت قوات الجيش أمس إلى عدن.") == ["movement"]


def test_a_column_heading_north_moves():
    """guard: passes on the base"""
    assert types("واتجه رتل من قوات الحوثي شمالا نحو مدينة صعدة أمس.") == ["movement"]
