"""Roles: after a result noun, the side named first and then what its deed was done to — "استهداف
تنظيم داعش مسجدا" — is the noun's subject: it acted, the object after it was hit.

After "استهداف", "تدمير", "مقتل" the side named right after was read as who suffered ("مقتل
عناصر داعش": they died), unless a word with its ل followed it ("استهداف الميليشيات لمطار عدن").
A noun of what a deed is done to (roles.yaml ``noun_objects``: "مسجدا", "منازل", "دورية",
"مستشفى"…) or a place, right after the side with no mark between, is the noun's object in the
same way; the side's men ("مقاتلي X") count as the side (`role_cues.object_follows`). Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 2)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_group_targeting_a_mosque():
    events = ev("وندد البيان باستهداف تنظيم داعش مسجدا في مدينة الدمام.")
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_militia_targeting_a_hospital():
    events = ev("وأدانت المنظمة استهداف الحوثيين مستشفى الجمهورية في تعز.")
    assert roles_of(events, "Houthis") == {"actor1"}


def test_the_group_targeting_an_army_patrol():
    events = ev("ونددت الهيئة باستهداف داعش دورية للجيش العراقي قرب الفلوجة.")
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, "Iraqi security forces") == {"actor2"}


def test_the_fighters_of_a_front_targeting_a_town():
    events = ev("وتحدثت مصادر محلية عن استهداف مقاتلي جبهة النصرة نبل ليلا.")
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor1"}


def test_the_death_of_the_groups_men_stays_theirs():
    """A guard (passes on 2ccd318 too): with no object after it, the side after a result noun died."""
    events = ev("وأعلنت الفصائل مقتل عناصر داعش في قرية قرب حلب.")
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_the_death_of_the_groups_men_near_a_city():
    """A guard (passes on 2ccd318 too): a place after a preposition is where, not an object."""
    events = ev("وأكد مقتل مسلحي داعش الثلاثة قرب الرمادي.")
    assert roles_of(events, "Islamic State") == {"actor2"}
