"""Actors (issue 8): the armies of India, Pakistan and Ukraine named by their nationality after
a force noun ("القوات الهندية", "مدفعية باكستانية", "وحدات أوكرانية"), and Israel's police — in
the Gulf press the force that guards the occupation ("الشرطة الإسرائيلية", "شرطة الاحتلال") — are
those states' forces, not the generic government forces of no country. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_indian_forces_that_shelled_border_villages_act():
    events = ev("وقصفت القوات الهندية صباح أمس ثلاث قرى حدودية في إقليم البنجاب، مما أدى إلى "
                "مقتل أربعة مدنيين.")
    assert events
    assert roles_of(events, "Indian armed forces") == {"actor1"}
    assert roles_of(events, "Government forces") == set()


def test_pakistani_artillery_named_by_its_adjective_is_the_pakistani_army():
    events = ev("وردت مدفعية باكستانية على مصادر النيران في منطقة سيالكوت الحدودية أمس.")
    assert events
    assert "actor1" in roles_of(events, "Pakistani armed forces")


def test_ukrainian_units_hit_by_separatist_shelling_are_the_ukrainian_army():
    events = ev("وقتل جنديان أوكرانيان في قصف استهدف مواقع وحدات أوكرانية قرب مدينة دونيتسك "
                "أمس.")
    assert events
    assert roles_of(events, "Ukrainian armed forces") == {"actor2"}


def test_israeli_police_that_stormed_a_mosque_is_israels_force():
    events = ev("واقتحمت الشرطة الإسرائيلية باحات المسجد الأقصى صباح أمس واعتدت على المصلين "
                "بالرصاص المطاطي، ما أدى إلى إصابة 15 فلسطينيا.")
    assert events
    assert "actor1" in roles_of(events, "Israeli Defence Forces")
    assert roles_of(events, "Government forces") == set()


def test_the_occupation_police_is_israels_force_too():
    events = ev("وأصيب ثلاثة شبان بجروح في مواجهات مع شرطة الاحتلال في القدس المحتلة أمس.")
    assert events
    assert roles_of(events, "Israeli Defence Forces") != set()
