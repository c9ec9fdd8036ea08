"""Claims (issue 8, item 5): a toll told before its verb with a subset inside it ("إن 40 مدنيا
بينهم 9 أطفال وثلاث نساء قتلوا") counts the whole, not the subset.

The verb after the list belongs to the first count; the subset («بينهم» and the counts joined
after it, «وثلاث» glued to و included) is part of it. A count joined by و to a plain list is
a claim of its own ("مقتل خمسة جنود وثلاثة مدنيين أصيبوا"). Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 7, 24)


def counts(text: str) -> list[tuple[str, int | None, str]]:
    return sorted((c.category, c.best, c.who) for e in extract(text, published=DAY, language="ar")
                  for c in e.claims)


def test_the_whole_toll_before_a_subset_of_two_kinds_is_counted():
    assert counts("وقال مدير الصحة إن 40 مدنيا بينهم 9 أطفال وثلاث نساء قتلوا في القصف "
                  "المدفعي على حي الشيخ عثمان.") == [("killed", 40, "civilians")]


def test_a_subset_of_one_kind_before_the_verb_was_already_counted_whole():
    """guard: passes on the base"""
    assert counts("وقال مدير الصحة إن 40 مدنيا بينهم 9 أطفال قتلوا في القصف المدفعي على حي "
                  "الشيخ عثمان.") == [("killed", 40, "civilians")]


def test_a_count_joined_to_a_plain_list_keeps_its_own_verb():
    """guard: passes on the base"""
    assert counts("وأسفر الهجوم على الحاجز عن مقتل خمسة جنود وثلاثة مدنيين أصيبوا بجروح.") == [
        ("injured", 3, "civilians"), ("killed", 5, "soldiers")]
