"""Actor roles (issue 8) in a relative clause after a deed: "الحادث الذي استهدف رجال قوات
الأمن", "الضربات التي استهدفت تنظيم داعش" — the deed is the verb's subject, so the side named
right after the verb is its object, hit; after a place ("القرية التي قصفها الجيش", "المناطق
التي قصفت منها الميليشيات") the side after the verb is still its subject. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_side_after_the_verb_of_a_deed_was_hit():
    events = ev("وأدان وزير الداخلية الحادث الإرهابي الذي استهدف رجال قوات الأمن في نقطة تفتيش "
                "قرب مدينة أبها أمس وأسفر عن مقتل ثلاثة منهم.")
    assert events
    roles = {a.role for e in events for a in e.actors}
    assert roles == {"actor2"}  # the security forces, hit; the bomber is not named


def test_strikes_that_targeted_a_group_hit_it():
    events = ev("وارتفعت أسعار النفط أمس بعد الغارات الجوية التي استهدفت تنظيم داعش قرب مدينة "
                "الرقة السورية.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_after_a_place_the_side_after_the_verb_struck():
    # (a guard, right on main too)
    events = ev("وعاد الأهالي إلى القرية التي قصفتها قوات النظام السوري بالبراميل المتفجرة أمس في "
                "ريف حماة.")
    assert events
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}


def test_a_comma_may_set_off_the_relative_pronoun_after_the_deed():
    events = ev("واستنكر المجلس الاعتداء الآثم، الذي استهدف رجال قوات الطوارئ الخاصة في نقطة "
                "تفتيش قرب مدينة أبها أمس وأسفر عن مقتل ثلاثة منهم.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}
