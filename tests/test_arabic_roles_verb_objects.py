"""Actor roles (issue 8) of a side named in the object of a verb that follows the event noun:
"بهجوم انتحاري استهدف أفرادا من قوات الأمن", "التفجير الذي استهدف معسكرا للجيش" — the "من" or
"ل" there ties the side to the verb's object, the side hit, not to the event noun as its
author; a member word in the accusative ("أفرادا") is the verb's object. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 7)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_members_in_the_object_of_the_verb_after_the_attack_were_hit():
    events = ev("قام تنظيم داعش أمس بهجوم انتحاري استهدف أفرادا من قوات الأمن في مسجد بأبها.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, "Saudi armed forces") == {"actor2"}


def test_the_owner_of_the_camp_a_bombing_targeted_was_hit():
    events = ev("قتل ثلاثة جنود أمس في التفجير الذي استهدف معسكرا للجيش في مدينة العريش.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_the_owner_of_the_post_an_attack_targeted_was_hit():
    # (a guard, right on main too)
    events = ev("وقع أمس انفجار قوي في الهجوم الذي استهدف مركزا للشرطة في مدينة أضنة جنوب تركيا.")
    assert events
    assert roles_of(events, "Turkish security forces") == {"actor2"}


def test_gunmen_in_the_oblique_right_after_a_conjugated_verb_are_its_object():
    events = ev("وقال مصدر عسكري إن قوات الأمن هاجمت مسلحي تنظيم داعش في منطقة الكرمة وقتلت "
                "عشرة منهم.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_the_oblique_object_of_a_plural_verb_was_struck():
    events = ev("وأعلنت القيادة المركزية أن الولايات المتحدة وشركاءها استهدفوا مسلحي تنظيم داعش "
                "بسبع ضربات جوية قرب مدينة الحسكة.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_the_noun_of_the_same_letters_takes_its_agent_in_the_genitive():
    # (a guard: "قصف الحوثيين لمنزله" — the Houthis' shelling of his house)
    events = ev("وتناقلت وسائل إعلام أنباء قصف الحوثيين لمنزل الوزير في مدينة ذمار أمس.")
    assert events
    assert "actor2" not in roles_of(events, "Houthis")
