"""Roles: whom a blow was to drive is the side hit — "ثمة غارات جوية في شمال المدينة لدفع
الحوثيين إلى داخل البلاد" — never the blow's author.

With no author named, the one side of the clause read as the strikes' actor1: the Houthis
raided themselves. A side right after a noun of compelling with its ل of purpose (roles.yaml
``compelled``: لدفع, لإجبار, لإرغام, لإخراج; or after "بهدف", "من أجل"; a member word of
the side's perhaps between) is hit (`role_struck.compelled`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_raids_to_push_the_houthis_inland():
    events = ev("وقال إن ثمة غارات جوية في شمال المدينة وغربها لدفع الحوثيين إلى داخل البلاد بعيدا عن عدن.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_raids_to_force_the_gunmen_out_of_ramadi():
    events = [e for e in ev("ونفذت الطائرات غارات جوية على أطراف الرمادي لإرغام مسلحي داعش على الخروج منها.")
              if e.event_type == "airstrike"]
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_shelling_in_an_attempt_to_make_the_rebels_retreat():
    events = [e for e in ev("وتواصل القصف المدفعي على أحياء الزبداني في محاولة لإرغام الثوار على التراجع.")
              if e.event_type == "shelling"]
    assert events
    assert roles_of(events, "Free Syrian Army") == {"actor2"}


def test_barrels_dropped_with_the_aim_of_forcing_a_surrender():
    """A guard (passes on b6a8ae5 too: the air force is named acting)."""
    events = ev("وقصف الطيران الحربي بلدة الزبداني بالبراميل المتفجرة بهدف إجبار الثوار على الاستسلام.")
    assert roles_of(events, "Syrian Air Force") == {"actor1"}
    assert roles_of(events, "Free Syrian Army") == {"actor2"}


def test_the_houthis_pushing_reinforcements_still_act():
    """A guard (passes on b6a8ae5 too): "دفع" as a verb with its subject is no purpose noun."""
    events = ev("ودفع الحوثيون بتعزيزات كبيرة إلى جبهة تعز وقصفوا أحياء المدينة بالمدفعية.")
    assert roles_of(events, "Houthis") == {"actor1"}
