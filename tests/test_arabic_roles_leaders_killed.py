"""Roles (issue 8): a member word right after a result verb, its side after it, names the side
that suffered — in a construct ("قتل زعيم تنظيم القاعدة") or with "في" ("قتل قائد في جبهة
النصرة"), as with "من" ("قتل عناصر من داعش").

"قتل زعيم تنظيم القاعدة في جزيرة العرب في غارة شنتها طائرة بدون طيار": the strike named no
side, and the one side of the clause — the leader's own — was read as the strike's author.
The result verb is read passive, as the press writes it; a count after the side makes the
member word its subject ("قتل قائد الشرطة خمسة مسلحين": the commander killed them).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_leader_of_al_qaeda_killed_by_a_drone():
    events = ev("وفي منتصف حزيران قتل زعيم تنظيم القاعدة في جزيرة العرب في غارة شنتها طائرة بدون طيار في حضرموت.")
    assert events
    assert roles_of(events, "Al-Qaeda in the Arabian Peninsula") == {"actor2"}


def test_a_commander_in_the_nusra_front_killed_in_a_strike():
    events = ev("وقتل قائد في جبهة النصرة في غارة جوية قرب مدينة سراقب.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}


def test_the_emir_of_the_group_killed_by_shelling():
    events = ev("وقتل أمير تنظيم داعش في مدينة الباب بقصف مدفعي استهدف مقره.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_commander_who_killed_gunmen():
    """A guard (passes on main too): a count after the side — the commander is the subject."""
    events = ev("قتل قائد الشرطة خمسة مسلحين في اشتباك قرب العريش.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor1"}
