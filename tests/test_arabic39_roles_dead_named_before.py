"""Roles (session 39): the dead a side lost, named before the result verb —

* "أن سبعة مسلحين من حركة طالبان، بينهم قائد ميداني، قتلوا مساء الأحد في غارة": the list of
  who was among them set off by commas, the verb carries the side as its subject from the
  clause before — a passive (its circumstance follows, a date between), so the side died
  (`role_dead_aside.dies_carried`), it did not strike;
* "أن قياديا في جبهة النصرة وأربعة مقاتلين آخرين قتلوا في غارة": others counted and joined by و
  stand between the side and the verb (`role_dead_aside.past_aside`, read by
  `role_victims.died_before`).

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

PUB = date(2015, 8, 6)


def ev(text: str):
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_dead_with_their_list_set_off():
    events = ev("وأفاد مسؤول محلي أن تسعة مسلحين من حركة طالبان، بينهم قائد ميداني، قتلوا مساء الأحد "
                "في غارة جوية بولاية هلمند.")
    assert events and "actor1" not in roles_of(events, "Taliban")


def test_a_commander_and_others_counted():
    events = ev("وقال المرصد إن قياديا في جبهة النصرة وأربعة مقاتلين آخرين قتلوا في غارة جوية على "
                "ريف إدلب.")
    assert events and "actor1" not in roles_of(events, "Hayat Tahrir al-Sham")


def test_the_gunmen_who_killed():
    """A guard (passes on e816e13 too): the verb's object follows — the side before it killed."""
    events = ev("وقال المصدر إن مسلحي داعش قتلوا ثلاثة جنود في هجوم على حاجز قرب الرمادي.")
    assert roles_of(events, "Islamic State") == {"actor1"}
