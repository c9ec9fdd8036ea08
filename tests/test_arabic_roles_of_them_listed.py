"""Roles (issue 8): "منهم", "من ضمنهم" open a list of the dead as "بينهم" does.

"قتل أكثر من 260 مقاتلا -منهم شخصيات بارزة بحزب العمال الكردستاني-": a side named in the list
opened by "بينهم" was among the victims (roles.yaml ``victim_lists``); after "منهم" it was read
as the only side of the clause — the author of the strikes that killed its own men. "منهم",
"منهن", "منهما" and "ضمنهم" now open the list too.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_prominent_leaders_of_the_party_among_the_dead():
    events = ev("وقالت الوكالة إن 150 مقاتلا قتلوا منهم قادة بارزون بحزب العمال الكردستاني في جبال قنديل.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor2"}


def test_leaders_of_the_group_among_the_dead_between_dashes():
    events = ev("وقتل نحو 40 مسلحا -منهم قياديان في تنظيم داعش- في قصف استهدف بلدة الشدادي أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_commanders_of_the_front_within_the_dead():
    events = ev("وقتل عشرات المسلحين، من ضمنهم قياديون في جبهة النصرة، قرب بلدة كفرنبل.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}


def test_killed_by_them_stays_the_killer():
    """A guard (passes on a6c6de3 too): "منهم" after a verb of killing with its subject before
    — the side that killed them is named before the list."""
    events = ev("وقصفت قوات النظام بلدة كفرنبل بالمدفعية أمس، وقتلت خمسة مدنيين منهم طفلان.")
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}


def test_who_stayed_before_the_attack_is_no_list_of_the_dead():
    """A guard (passes on a6c6de3 too): "منهم" naming who stayed, the attack after it."""
    events = ev("وكان ألفا مسيحي يقطنون في المدينة، إلا أنه لم يبق منهم سوى 300 قبل هجوم تنظيم داعش "
                "عليها في ريف حمص.")
    assert roles_of(events, "Islamic State") == {"actor1"}
