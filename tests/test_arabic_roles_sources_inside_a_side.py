"""Roles: the side named in a frame of sources speaks, it does not act — "وقالت مصادر في
الشرطة إن التفجير تسبب في مقتل خمسة أشخاص".

A frame whose speaker is a kind of source ("مصادر في", "مصدر في": its claimant is "security
sources") left the side named in it an ordinary side of the clause: the police became the
bombing's author. A side named inside such a frame is now one of the sentence's speakers
(`role_near.sides_near`): it reports, as "قالت الشرطة إن" does.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 21)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_police_sources_tell_of_a_bombing():
    events = ev("وقالت مصادر في الشرطة إن التفجير تسبب في مقتل خمسة أشخاص في صنعاء.")
    assert events
    assert roles_of(events, "Yemeni government forces") == set()


def test_a_source_in_the_iraqi_police_tells_of_a_blast():
    events = ev("وقال مصدر في الشرطة العراقية إن انفجار عبوة ناسفة في سوق ببغداد أدى إلى مقتل ثلاثة مدنيين.")
    assert events
    assert roles_of(events, "Iraqi security forces") == set()


def test_security_sources_in_the_afghan_police_tell_of_a_car_bomb():
    events = ev("وقالت مصادر أمنية في الشرطة الأفغانية إن انفجار سيارة مفخخة قرب سوق في كابول أسفر عن مقتل سبعة مدنيين.")
    assert events
    assert roles_of(events, "Afghan security forces") == set()


def test_a_resistance_source_tells_of_its_own_taking():
    """A guard (passes on 236971f too): a speaker announcing its side's taking is its actor."""
    events = ev("وقال مصدر في المقاومة الشعبية إن المقاومة سيطرت على جبل صبر في تعز.")
    assert roles_of(events, "Yemeni government forces") == {"actor1"}


def test_a_police_officer_is_still_the_police_speaking():
    """A guard (passes on 236971f too): a speaker with a rank was read as his force already."""
    events = ev("وقال ضابط في الشرطة إن انفجار عبوة ناسفة في سوق ببغداد أدى إلى مقتل ثلاثة مدنيين.")
    assert events
    assert roles_of(events, "Iraqi security forces") == set()
