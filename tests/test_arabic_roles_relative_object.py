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


def test_strikes_without_a_pronoun_before_their_verb_hit_the_side_after_it():
    # an indefinite deed takes its relative clause with no pronoun
    events = ev("وقتل 12 مسلحا في غارات جوية استهدفت تنظيم داعش قرب مدينة الحسكة أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_verb_carrying_its_object_has_its_subject_after_it():
    # (a guard: "اللذين استهدفتهما قوات الأمن" — the forces targeted the two)
    events = ev("وهدد التنظيم بتنفيذ عمليات إرهابية ثأرا للعنصرين اللذين استهدفتهما قوات الأمن "
                "المصرية في مدينة العريش أمس.")
    assert events
    assert "actor2" not in roles_of(events, "Egyptian armed forces")


def test_a_bombardment_joined_by_waw_is_no_verb_of_the_battles_before_it():
    # (a guard: "وقصف" here is the noun, joined to "المعارك"; the militia shelled)
    events = ev("وقال الوزير إن مئات المدنيين قتلوا في عدن خلال المعارك وقصف مليشيا الحوثي "
                "للأحياء السكنية.")
    assert events
    assert "actor2" not in roles_of(events, "Houthis")


def test_raids_without_a_pronoun_before_their_verb_did_not_act():
    events = ev("وأعلنت الشرطة توقيف 40 شخصا في عمليات دهم استهدفت تنظيم داعش في مدينة أضنة.")
    assert events
    assert "actor1" not in roles_of(events, "Islamic State")
