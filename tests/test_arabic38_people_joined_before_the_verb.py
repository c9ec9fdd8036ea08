"""Claims (issue 8, item 5): people named one by one and joined by و before the verb that
counts them ("إن ضابطين ومجندا أصيبوا", "أن جنديا وشرطيا قتلا") are each counted, as they are
after the action ("إصابة ضابطين ومجند"): two officers and a conscript wounded is three, not
two. The chain must end right before a verb of the dead, the hurt or the taken; a chain
before any other verb counts nothing new. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def counts(text: str) -> list[tuple[str, int | None, str]]:
    return sorted((c.category, c.best, c.who) for e in extract(text, published=DAY, language="ar")
                  for c in e.claims)


def test_a_dual_and_a_singular_before_the_verb_are_three():
    assert counts("وقالت الشرطة إن ضابطين ومجندا أصيبوا في انفجار عبوة ناسفة استهدف دورية "
                  "في العريش اليوم.") == [("injured", 3, "soldiers")]


def test_a_construct_dual_and_a_singular_before_the_verb_are_three():
    assert counts("وذكر مصدر أمني أن ضابطي شرطة ومجندا قتلوا في هجوم مسلح على كمين "
                  "في رفح اليوم.") == [("killed", 3, "soldiers")]


def test_two_singulars_before_the_verb_are_two():
    assert counts("وأفادت مصادر أمنية بأن جنديا وشرطيا قتلا في هجوم شنه مسلحون على حاجز "
                  "في العريش اليوم.") == [("killed", 2, "soldiers")]


def test_the_same_people_after_the_action_are_still_three():
    """guard: passes on the base"""
    assert counts("وأسفر الانفجار عن إصابة ضابطين ومجند من الشرطة أمام محكمة في القاهرة "
                  "اليوم.") == [("injured", 3, "soldiers")]


def test_people_joined_before_another_verb_count_nothing_new():
    """guard: passes on the base"""
    assert counts("وقال مصدر أمني إن ضابطين ومجندا شاركوا في تمشيط المنطقة بعد انفجار عبوة "
                  "ناسفة أصاب جنديا في العريش اليوم.") == [("injured", 1, "soldiers")]


def test_the_noun_a_number_counts_starts_no_chain():
    """guard: passes on the base"""
    assert counts("وقال مسؤول محلي إن نحو ثلاثة آلاف رجل وصبي لقوا حتفهم في قصف شنته "
                  "الطائرات الحربية على القرية أمس.") == [("killed", 3000, "unknown")]
