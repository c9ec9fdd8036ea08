"""Roles (session 39): what is fought, and a state named by an official's "his country" —

* "ستبدأ بمحاربة تنظيم داعش", "يساعدون العراقيين على قتال «داعش»", "تواصل مواجهة مقاتلي
  داعش", "حق أنقرة في ضرب حزب العمال": the side right after a verbal noun of fighting in the
  construct (roles.yaml ``fought_with.nouns``) is what is fought — the target, never who acts
  (`role_fought.fought_noun`); not with "ضد"/"مع" or a ل-object after it ("قتال الحوثيين ضد
  المقاومة", "ضرب الجيش لمواقع المسلحين": they fight);
* "أكد وزير الخارجية التركي أن بلاده ستبدأ …": "بلاده" before a state's verb of doing is the
  official's state (`actors_own_country`), and a state before the future of such a verb
  ("أن أنقرة ستبدأ", roles.yaml ``state_subject_verbs``) is its subject.

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

PUB = date(2015, 8, 6)
IS = "Islamic State"
TURKEY = "Turkish Armed Forces"
PKK = "Kurdistan Workers' Party"
HOUTHIS = "Houthis"
PESHMERGA = "Peshmerga"


def ev(text: str):
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_group_a_state_will_fight_is_its_target():
    events = ev("وأعلن وزير الدفاع أن أنقرة ستبدأ خلال أيام بمحاربة تنظيم داعش على الحدود "
                "السورية.")
    assert roles_of(events, IS) == {"actor2"}
    assert roles_of(events, TURKEY) == {"actor1"}


def test_the_group_others_help_to_fight_does_not_act():
    events = ev("وقال المسؤول إن مئات الجنود الأميركيين يساعدون القوات العراقية على قتال «داعش» في "
                "محافظة الأنبار.")
    assert events and "actor1" not in roles_of(events, IS)


def test_the_men_a_force_confronts_are_hit():
    events = ev("وتواصل قوات البيشمركة منذ أيام مواجهة مقاتلي داعش جنوب مدينة كركوك.")
    assert roles_of(events, IS) == {"actor2"}
    assert roles_of(events, PESHMERGA) == {"actor1"}


def test_the_group_a_battle_is_fought_against_is_no_author():
    """The ل of purpose before the verbal noun read as the event noun's agent link made the group
    act: what is fought wins over a cue of acting."""
    events = ev("وقال القائد إن المعركة في الرمادي معركة استنزاف لمحاربة داعش.")
    assert roles_of(events, IS) == {"actor2"}


def test_the_party_a_state_strikes_is_hit():
    events = ev("ودافع المسؤول عن حق أنقرة في ضرب حزب العمال الكردستاني بعد موجة من الغارات الجوية "
                "على جبال قنديل.")
    assert roles_of(events, PKK) == {"actor2"}


def test_striking_with_its_object_after_names_the_striker():
    """A guard (passes on e816e13 too): "ضرب X لـY" — the ل marks the object, X struck."""
    events = ev("وأدى ضرب الجيش لمواقع المسلحين إلى مقتل عشرة منهم في ريف إدلب.")
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}


def test_fighting_against_names_the_fighter():
    """A guard (passes on e816e13 too): "قتال X ضد Y" — X fights."""
    events = ev("واستمر قتال الحوثيين ضد المقاومة الشعبية في مدينة تعز أمس.")
    assert roles_of(events, HOUTHIS) == {"actor1"}


def test_the_officials_country_struck():
    events = ev("وقال وزير الدفاع التركي إن بلاده شنت غارات على مواقع حزب العمال الكردستاني في شمال "
                "العراق.")
    assert roles_of(events, TURKEY) == {"actor1"}
    assert roles_of(events, PKK) == {"actor2"}


def test_a_state_that_will_launch_an_operation():
    events = ev("ورجح المحلل أن تركيا ستشن عملية عسكرية ضد حزب العمال الكردستاني في جبال قنديل.")
    assert roles_of(events, TURKEY) == {"actor1"}


def test_his_country_with_no_people_named_is_no_state():
    """No people's adjective before "بلاده": no state acts — nor the group fought."""
    events = ev("وقال الكاتب إن بلاده ستبدأ قريبا بمحاربة تنظيم داعش في شمال سوريا.")
    assert "actor1" not in roles_of(events, IS)
