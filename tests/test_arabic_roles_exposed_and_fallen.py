"""Actor roles (issue 8) of a side that suffered the blow, told by its own words: the subject
of a verb of exposure ("تعرضت قوات الأمن لهجوم", "الدورية تعرضت لكمين", "أعلن الجيش عن تعرض
جنوده لإطلاق نار"); soldiers counted after a result verb behind an officer ("قتل ضابط وثلاثة
جنود مصريين"); a side's men after the dead and the noun's genitive ("شهداء الواجب من رجال X");
a side before a relative pronoun and a verb of dying or being hurt with no object ("العسكريين
اليمنيين الذين جرحوا في معارك عدن").
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_forces_exposed_to_an_attack_were_hit():
    events = ev("وتعرضت قوات الأمن العراقية لهجوم مسلح قرب مدينة الرمادي مساء أمس.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor2"}


def test_forces_named_before_the_verb_of_exposure_were_hit():
    events = ev("قوات الأمن المصرية تعرضت لإطلاق نار كثيف في مدينة العريش أمس.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_the_soldiers_of_the_verbal_noun_of_exposure_were_hit():
    events = ev("وأعلنت القوات المسلحة التركية أمس عن تعرض جنود أتراك لهجوم في ولاية ماردين.")
    assert events
    assert "actor1" not in roles_of(events, "Turkish Armed Forces")


def test_the_ambushers_of_an_exposed_patrol_still_act():
    """A guard (passes on main too): the agent named after the blow dealt it."""
    events = ev("وتعرضت دورية للجيش لكمين نصبه مسلحون من حزب العمال الكردستاني في ولاية هكاري.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}


def test_soldiers_counted_behind_an_officer_after_the_verb_were_killed():
    events = ev("قتل ضابط وثلاثة جنود مصريين أمس في انفجار عبوة ناسفة جنوب مدينة رفح.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_an_officer_with_his_nationality_after_a_result_verb_was_killed():
    events = ev("قتل ضابط مصري أمس في انفجار عبوة ناسفة جنوب مدينة الشيخ زويد.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_the_men_of_a_force_among_the_martyrs_of_duty_were_hit():
    events = ev("ونعت الوزارة شهداء الواجب من رجال الشرطة المصرية في الهجوم الذي وقع في العريش "
                "أمس.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_soldiers_who_were_wounded_in_the_battles_were_hit():
    events = ev("وطلبت الحكومة من الأردن استقبال الجنود اليمنيين الذين جرحوا في معارك مدينة "
                "عدن.")
    assert events
    assert roles_of(events, "Yemeni government forces") == {"actor2"}


def test_gunmen_who_killed_the_soldiers_keep_their_part():
    """A guard (passes on main too): an object after the verb — the gunmen killed."""
    events = ev("وقال الجيش إن المسلحين الذين قتلوا الجنود الثلاثة فروا إلى الجبال.")
    assert "actor2" not in roles_of(events, "Unidentified armed group")
