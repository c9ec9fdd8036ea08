"""Roles: a verb of raining fire before the men a side owns — "أمطرت القوات الموالية للحوثيين
أحياء عدن بقذائف الهاون" — makes the owner the one who fired, not the side hit.

The verb (أمطر: raining down, also money on a football chief) is no event word; the weapon
noun told after the side is, and the ل of "الموالية للحوثيين" read as the mark of a side hit.
The body owned ("القوات", "مجموعات", "قوة") right after a verb of firing (roles.yaml
``fire_verbs``) is that verb's subject: its owner acts (`role_owners._fired_first`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_forces_loyal_to_the_houthis_rained_mortars_on_aden():
    events = ev("وأمطرت القوات الموالية للحوثيين أحياء عدن بقذائف الهاون أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_groups_loyal_to_the_organisation_rained_rockets_on_a_quarter():
    events = ev("وأمطرت مجموعات موالية لتنظيم داعش حي الشيخ مقصود في حلب بالقذائف الصاروخية.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_forces_of_the_deposed_president_rained_katyushas_on_taiz():
    events = ev("أمطرت القوات التابعة للمخلوع صالح أحياء مدينة تعز بصواريخ الكاتيوشا صباح اليوم.")
    assert events
    assert roles_of(events, "Saleh loyalist forces") == {"actor1"}


def test_positions_of_loyal_forces_struck_keep_the_owner_hit():
    """A guard (passes on b6a8ae5 too): the loyal forces as the object of a strike were hit."""
    events = ev("قصفت الطائرات مواقع القوات الموالية للحوثيين في تعز بالصواريخ.")
    assert roles_of(events, "Houthis") == {"actor2"}


def test_a_protester_raining_banknotes_is_no_event():
    """A guard (passes on b6a8ae5 too): raining with no weapon named tells no event."""
    assert ev("وأمطر محتج رئيس الاتحاد الدولي لكرة القدم بأوراق مالية مزيفة في زيوريخ.") == []
