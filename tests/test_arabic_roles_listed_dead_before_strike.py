"""Roles (issue 8): a side named in the list of the dead ("بينهم قياديان في التنظيم") was hit,
whether the strike is named before the list or after it.

"أفادت الخلية بمقتل 110 من عناصر داعش، بينهم قياديان في التنظيم، في غارات شنتها مروحيات
الجيش": the list of the dead was read as naming the side hit only after the clause's strong
event word; told before the strike, the group in it was its nearest side before the strike —
its author — and the army that struck was the side hit. The list now counts from the
candidate's first event word, the result word the list belongs to.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_two_leaders_listed_before_the_raids():
    events = ev("وأعلنت القيادة مقتل 40 من عناصر داعش، بينهم قياديان في التنظيم، في غارات على الرمادي أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_commander_listed_before_the_shelling():
    events = ev("وأفاد المرصد بمقتل 12 مقاتلا، بينهم قائد في جبهة النصرة، في قصف على بلدة اللطامنة بريف حماة.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}


def test_the_list_after_the_strike_still_names_the_side_hit():
    """A guard (passes on a6c6de3 too): the list after the strike was read so already."""
    events = ev("وشن الطيران غارات على الرمادي أسفرت عن مقتل 30 شخصا بينهم قياديون في تنظيم داعش.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}
