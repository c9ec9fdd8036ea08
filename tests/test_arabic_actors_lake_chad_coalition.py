"""Actors: the coalition in the news of Lake Chad's war is the region's force against Boko
Haram, never the US-led coalition — "شنت قوات التحالف الإقليمي هجوما على معاقل بوكو حرام".

"التحالف" defaulted to the US-led coalition outside Yemen's, Syria's and Iraq's news, and made
a ground assault near the lake an airstrike (the US-led coalition strikes from the air). In
Nigeria's, Chad's, Cameroon's or Niger's news it is the regional force (actors.yaml
``contextual``); "التحالف الإقليمي" is the Arab coalition in Yemen's, and no force where an
alliance is only talked of.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_regional_coalition_assaults_boko_haram_near_the_lake():
    events = ev("وشنت قوات التحالف الإقليمي هجوما على معاقل بوكو حرام قرب بحيرة تشاد أمس.")
    assert events
    assert roles_of(events, "Nigerian armed forces") == {"actor1"}
    assert "US-led coalition" not in {a.name for e in events for a in e.actors}
    assert all(e.event_type != "airstrike" for e in events)


def test_the_coalitions_aircraft_over_nigeria():
    events = ev("وهاجمت طائرات التحالف مواقع بوكو حرام في غابة سامبيسا بنيجيريا.")
    assert events
    assert roles_of(events, "Nigerian armed forces") == {"actor1"}


def test_the_international_regional_coalition_in_cameroon():
    events = ev("وقتلت قوات التحالف الدولي الإقليمي عشرين من مسلحي بوكو حرام في شمال الكاميرون.")
    assert events
    assert "US-led coalition" not in {a.name for e in events for a in e.actors}


def test_the_regional_coalition_over_yemen_is_the_arab_one():
    """A guard (passes on b6a8ae5 too): in Yemen's news it is the Saudi-led coalition."""
    events = ev("شنت قوات التحالف الإقليمي بقيادة السعودية غارات على مواقع الحوثيين في صعدة.")
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}


def test_the_international_coalition_over_raqqa_is_still_us_led():
    """A guard (passes on b6a8ae5 too)."""
    events = ev("وقصفت طائرات التحالف الدولي مواقع داعش في الرقة أمس.")
    assert roles_of(events, "US-led coalition") == {"actor1"}
