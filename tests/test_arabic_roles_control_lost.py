"""Roles (issue 8): the side that lost control of a place is hit by the taking, not its taker.

"فقدت ميليشيات الحوثي سيطرتها على المنطقة", "فقد النظام السيطرة على ثلثي البلاد": the word of
control alone makes its subject the side that took the ground ("سيطرت X على"), so the side that
lost it was read as the actor of its own defeat. The subject of a verb of losing (or the owner
of its noun: "وفقدانها السيطرة"), right before the word of control, is the side hit; whoever
else is named may have taken it.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
HOUTHIS, SAA, IS = "Houthis", "Syrian Arab Army", "Islamic State"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_houthis_lost_their_control_of_a_district_vso():
    events = ev("وفي محافظة الضالع فقدت ميليشيات الحوثي أمس سيطرتها على مديرية قعطبة بعد هجوم شنته المقاومة الشعبية.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_the_regime_s_forces_lost_control_of_a_town():
    events = ev("وفقدت قوات النظام السوري السيطرة على مدينة جسر الشغور في ريف إدلب بعد معارك عنيفة.")
    assert events
    assert roles_of(events, SAA) == {"actor2"}


def test_the_militants_lost_control_subject_first():
    events = ev("وأكدت مصادر محلية أن مسلحي داعش فقدوا السيطرة على بلدة الكرمة شرق الفلوجة.")
    assert events
    assert roles_of(events, IS) == {"actor2"}


def test_the_noun_of_losing_with_its_owner_before_it():
    events = ev("وتحدث التقرير عن انسحاب قوات الأسد وفقدانها السيطرة على مدينة جسر الشغور في إدلب أمام مقاتلي جيش الفتح.")
    events = [e for e in events if e.event_type == "territory_change"]
    assert events
    assert roles_of(events, SAA) == {"actor2"}


def test_a_side_that_took_control_still_takes_it():
    """A guard (passes on main too): with no verb of losing the subject of control took it."""
    events = ev("وفي محافظة الضالع بسطت ميليشيات الحوثي أمس سيطرتها على مديرية قعطبة بعد معارك عنيفة.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}


def test_men_lost_while_taking_a_town_make_no_loser():
    """A guard (passes on main too): "فقد الجيش ثلاثة جنود خلال سيطرته على" — the army lost
    men, and took the town."""
    events = ev("وفقد الجيش السوري ثلاثة جنود خلال سيطرته على بلدة مورك في ريف حماة الشمالي.")
    events = [e for e in events if e.event_type == "territory_change"]
    assert events
    assert roles_of(events, SAA) == {"actor1"}
