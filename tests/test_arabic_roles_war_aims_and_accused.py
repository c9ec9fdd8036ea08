"""Roles: a war declared on a side aims at it ("حربا على الإرهاب تستهدف حزب العمال"); a side
accused of the deed did it ("داعش المتهم بالوقوف خلف التفجير"); a side named again as hit is
not its own attacker ("بدء حملة تستهدف الحزب …، قامت المدفعية بقصف مواقع للحزب").

"تستهدف X" after a deed has the deed as its subject, X its object (roles.yaml ``deeds``); a war
was no deed, and X right after the verb was read as its subject — the party aimed at itself.
An accusation after the side named no role (roles.yaml ``accused``, `role_cues.accused`). A side
named both before the event word and, again, as the owner of what was hit was read as the
actor from its first mention (`roles`: a name hit is no free subject). Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 2)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_war_aimed_at_the_party():
    events = ev("وأعلن الرئيس التركي حربا على الإرهاب تستهدف حزب العمال الكردستاني والتنظيمات المسلحة في "
                "جنوب شرق البلاد، وتعهد بمواصلة الغارات على مواقع الحزب في شمال العراق.")
    assert "actor1" not in roles_of(events, "Kurdistan Workers' Party")


def test_the_group_accused_of_the_bombing_named_after_the_war_on_it():
    events = ev("وأعلنت أنقرة حربا على الإرهاب تستهدف حزب العمال الكردستاني وتنظيم داعش المتهم "
                "بالوقوف خلف التفجير الانتحاري في مدينة سروج.")
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert "actor1" not in roles_of(events, "Kurdistan Workers' Party")


def test_the_group_accused_of_the_suicide_bombing():
    """A guard (passes on 3dede7f too): the group named right before the bombing acts."""
    events = ev("وتلاحق الشرطة التركية عناصر تنظيم داعش المتهم بالوقوف خلف التفجير الانتحاري في مدينة سروج.")
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_party_aimed_at_does_not_shell_its_own_positions():
    events = ev("وأعلن البيان بدء حملة تستهدف حزب العمال الكردستاني، مشيرا إلى أن المدفعية قامت بقصف "
                "مواقع لحزب العمال الكردستاني في شمال العراق.")
    assert events
    assert "actor1" not in roles_of(events, "Kurdistan Workers' Party")


def test_a_campaign_aimed_at_the_party():
    """A guard (passes on 3dede7f too): a campaign was a deed already."""
    events = ev("وشن الجيش التركي حملة تستهدف حزب العمال الكردستاني في ولاية هكاري.")
    assert roles_of(events, "Turkish Armed Forces") == {"actor1"}
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor2"}
