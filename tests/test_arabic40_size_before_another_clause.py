"""Honest numbers (issue 8, item 5): a count before a clause of its own is no toll.

"القوة المشتركة المؤلفة من 8700 عسكري فيما قتل ستة أشخاص": the force's size, then — after
«فيما», «بينما», «في حين» (quantities.yaml ``clause_openers``) — another clause with a subject
of its own: six dead, not 8,700. A count right before its verb still counts ("إن 57 مدنيا
قتلوا"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 1)


def figures(text: str) -> list[int | None]:
    return [c.low for e in extract(text, published=DAY, language="ar") for c in e.claims]


def test_a_force_s_size_before_while_is_no_toll():
    assert figures("وعين الجنرال قائدا للقوة المشتركة المؤلفة من 8700 عسكري فيما قتل ستة "
                   "أشخاص في هجوم انتحاري على سوق بمدينة مايدوغوري.") == [6]


def test_troops_counted_before_whereas_and_a_comma_are_no_dead():
    assert figures("وتضم القوة الإقليمية 8700 جندي، بينما قتل أربعة مدنيين في تفجير "
                   "بمدينة مايدوغوري أمس.") == [4]


def test_a_count_right_before_its_verb_is_the_toll():
    """guard: passes on the base"""
    assert figures("وقال المسؤول إن 14 مدنيا قتلوا في تفجير بمدينة مايدوغوري أمس.") == [14]
