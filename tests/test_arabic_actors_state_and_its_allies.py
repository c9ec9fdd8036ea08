"""Actors: a state joined with its allies as the subject of an event word is the coalition it
leads — "إن الولايات المتحدة وحلفاءها شنوا غارات" is the US-led coalition's strike.

A state in a subject slot is its forces (`actors_implied.states_acting`); with "وحلفاؤها"
between it and a plural verb it was no subject at all, and the strike had no actor (or a bare
army named earlier). It is no alias ("الولايات المتحدة وحلفاؤها" as a name made "الولايات
المتحدة" an armed head for the pre-gate): the words of allies are actors.yaml ``state_allies``,
read where the state acts. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 25)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_us_and_its_allies_launched_raids():
    events = ev("وذكر بيان عسكري أن الولايات المتحدة وحلفاءها شنوا أمس سبع غارات على مواقع لتنظيم داعش في الحسكة.")
    assert roles_of(events, "US-led coalition") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_the_us_and_its_allies_bombed_targets():
    events = ev("وقال متحدث عسكري إن الولايات المتحدة وحلفاءها قصفوا مواقع لتنظيم داعش قرب الموصل.")
    assert roles_of(events, "US-led coalition") == {"actor1"}
    assert not roles_of(events, "Government forces")


def test_raids_that_saudi_arabia_and_its_allies_launch():
    events = ev("وتقدمت المقاومة في لحج بمساندة غارات تشنها السعودية وحلفاؤها على معاقل الحوثيين.")
    assert "actor1" in roles_of(events, "Saudi-led coalition") | roles_of(events, "Yemeni government forces")
    assert "Saudi-led coalition" in {a.name for e in events for a in e.actors}
    assert not roles_of(events, "Saudi armed forces")


def test_the_us_and_its_allies_preparing_are_no_actor():
    """A guard (passes on 2ccd318 too): the state and its allies with no deed are no side."""
    events = ev("وقال الوزير إن الولايات المتحدة وحلفاءها في الخليج يستعدون لمرحلة جديدة من التعاون.")
    assert not roles_of(events, "US-led coalition")


def test_war_against_the_us_and_its_allies():
    """A guard (passes on 2ccd318 too): after "ضد" the state and its allies are no actor."""
    events = ev("وتوعد التنظيم بمواصلة هجماته ضد الولايات المتحدة وحلفائها في المنطقة.")
    assert "actor1" not in roles_of(events, "US-led coalition")
