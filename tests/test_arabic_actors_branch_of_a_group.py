"""Actors: a group named after the ل of its branch in a country — "«ولاية سيناء» الفرع المصري
لتنظيم داعش" — is the branch acting, never a side hit by the branch's own deed.

The ل of "لتنظيم داعش" read as the mark of a side hit (or the owner of a thing hit): the Sinai
Province's attack on the army had the Islamic State as its target too. A branch in a country
is named from the branch word on, like an armed wing (actors.yaml ``wings``): acting alone
when no name precedes it; after a group of its own side named as the branch, the branch takes
its place (`role_owners.parent_of_named_branch`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_sinai_province_claims_its_ambush_as_the_egyptian_branch():
    events = ev("وتبنت الهجوم على الكمين في العريش جماعة ولاية سيناء الفرع المصري لتنظيم داعش.")
    assert events
    assert roles_of(events, "Islamic State Sinai Province") == {"actor1"}
    assert roles_of(events, "Islamic State") == set()


def test_the_named_branch_kidnapped_the_hostage_not_its_parent():
    events = ev("وكان تنظيم أنصار بيت المقدس الفرع المصري لتنظيم داعش قد خطف رهينة كرواتيا في القاهرة.")
    assert events
    assert roles_of(events, "Islamic State Sinai Province") == {"actor1"}
    assert roles_of(events, "Islamic State") == set()


def test_the_libyan_branch_kidnapped_workers():
    events = ev("وكان الفرع الليبي لتنظيم داعش قد خطف عشرين عاملا مصريا في سرت الشهر الماضي.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_yemeni_branch_bombed_a_mosque():
    events = ev("وفجر الفرع اليمني لتنظيم داعش سيارة مفخخة قرب مسجد في صنعاء أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_a_security_branch_stormed_keeps_its_owner_hit():
    """A guard (passes on b6a8ae5 too): a branch of a state's security that was attacked is
    the object — its owner was hit."""
    events = ev("وهاجم مسلحو جبهة النصرة الفرع الأمني لقوات النظام في مدينة درعا.")
    assert roles_of(events, "Syrian Arab Army") == {"actor2"}
