"""Actors (issue 8): "التحالف الدولي" striking in Yemen is the Arab coalition.

Some wires call the Saudi-led coalition "international" in Yemen's news ("شن طيران التحالف
الدولي سلسلة غارات على مواقع للحوثيين", "طيران التحالف الدولي الذي تقوده المملكة"): the words
were an alias of the US-led coalition against the Islamic State, so the Houthis were struck by
Washington's allies. The bare name and its aircraft and forces are now a name of the article's
war (actors.yaml contextual): the Arab coalition in Yemen's news, the US-led one elsewhere; the
name with its Saudi leader after it is the Arab coalition wherever it is told.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
ARAB, US_LED = "Saudi-led coalition", "US-led coalition"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_international_aircraft_over_lahij():
    events = ev("وفي محافظة لحج شن طيران التحالف الدولي سلسلة غارات على مواقع للحوثيين قرب قاعدة العند.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}
    assert not roles_of(events, US_LED)


def test_international_coalition_led_by_the_kingdom():
    events = ev("وشنت طائرات التحالف الدولي الذي تقوده المملكة غارات على مواقع الحوثيين في صعدة.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}
    assert not roles_of(events, US_LED)


def test_international_forces_in_aden():
    events = ev("وقصفت قوات التحالف الدولي مخازن أسلحة للمتمردين الحوثيين في مدينة عدن اليمنية.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}


def test_led_by_the_kingdom_outside_yemen_s_news():
    events = ev("وأكد المسؤول أن التحالف الدولي بقيادة السعودية قصف مخازن أسلحة في جيبوتي قبل شهر.")
    assert roles_of(events, ARAB) == {"actor1"}
    assert not roles_of(events, US_LED)


def test_over_raqqa_it_is_the_us_led_coalition():
    """A guard (passes on main too): in Syria's news the international coalition is the US-led one."""
    events = ev("وشن طيران التحالف الدولي غارات على مواقع تنظيم داعش في مدينة الرقة السورية.")
    assert events
    assert roles_of(events, US_LED) == {"actor1"}


def test_near_mosul_it_is_the_us_led_coalition():
    """A guard (passes on main too)."""
    events = ev("وقال بيان للتحالف الدولي إن طائراته شنت 12 غارة على مواقع داعش قرب الموصل.")
    assert events
    assert roles_of(events, US_LED) == {"actor1"}
