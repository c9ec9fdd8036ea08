"""Roles: sides that take no part in the blow they are named beside —

* rescuers: "فيما كانت الشرطة تقوم بنقل القتلى والجرحى" — the police came to the victims; they
  neither set the bomb off nor were its target (roles.yaml ``rescuers``), and "بنقل", a verb's
  letters glued to ب, is a verbal noun, no frame of a speaker (`claimants.NOUN_CLITICS`);
* a side looking into what happened ("وتكثف الأجهزة الأمنية جهودها للكشف عن ملابسات الحادث");
* a side among the speakers a frame could not name, before what they say ("وقال مدير الناحية
  ومصدران في الشرطة إن …"): it speaks, it did not do what it tells (`role_near.sides_near`).

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

PUB = date(2015, 8, 6)
POLICE = "Iraqi security forces"


def ev(text: str):
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_police_carrying_off_the_wounded():
    events = ev("وقتل 6 أشخاص عندما انفجرت سيارة مفخخة ثانية بينما كانت الشرطة تقوم بنقل الجرحى إلى "
                "مستشفى بعقوبة.")
    assert events
    assert roles_of(events, POLICE) == set()


def test_the_police_and_civil_defence_carrying_off_the_dead():
    events = ev("وانفجرت عبوة ثانية قرب السوق فيما كانت الشرطة وفرق الدفاع المدني تقوم بنقل القتلى "
                "والجرحى في بلدة الخالص.")
    assert roles_of(events, POLICE) == set()


def test_the_carrying_off_is_no_frame():
    """The toll is nobody's claim, not the police's."""
    events = ev("وقتل 6 أشخاص عندما انفجرت سيارة مفخخة ثانية بينما كانت الشرطة تقوم بنقل الجرحى إلى "
                "مستشفى بعقوبة.")
    assert {c.claimant for e in events for c in e.claims} == {None}


def test_police_sources_after_an_official():
    events = ev("وقال مدير الناحية ومصدران في الشرطة إن انتحاريا فجر حزامه الناسف وسط سوق شعبي في "
                "بلدة الخالص.")
    assert events
    assert roles_of(events, POLICE) == set()


def test_an_army_official_after_a_governor():
    events = ev("وقال محافظ المدينة ومسؤول في الجيش إن سيارة مفخخة انفجرت قرب حاجز أمني في بعقوبة.")
    assert events
    assert roles_of(events, POLICE) == set()


def test_forces_that_evacuate_their_wounded_after_a_clash_still_fought():
    """A guard (passes on 299dc04 too): forces that fought and then carried off their wounded
    are named as the clash's subject first."""
    events = ev("واشتبكت قوات الأمن مع مسلحين من تنظيم داعش قرب بعقوبة، ثم قامت بنقل الجرحى إلى "
                "المستشفى.")
    assert "actor1" in roles_of(events, POLICE)


def test_the_services_looking_into_the_blast():
    """A side named after the blast with a word of inquiry a few words on looks into it
    (roles.yaml ``inquiry.after``): no side of it, here not even hit; and "للكشف" is no frame
    of a speaker (the toll had the services as its claimant)."""
    events = ev("وانفجرت عبوة ناسفة بمدرعة في العريش ما أسفر عن إصابة ثلاثة مجندين، وتكثف الأجهزة "
                "الأمنية جهودها للكشف عن ملابسات الحادث.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == set()
    assert {c.claimant for e in events for c in e.claims} == {None}


def test_unidentified_gunmen_still_shoot():
    """A guard (passes on 299dc04 too): "مجهولو الهوية" is no inquiry."""
    events = ev("وأطلق مسلحون مجهولو الهوية النار على دورية للشرطة في العريش فقتلوا مجندا.")
    assert roles_of(events, "Unidentified armed group") == {"actor1"}
