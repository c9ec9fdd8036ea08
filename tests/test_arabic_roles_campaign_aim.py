"""Actor roles (issue 8) of a campaign's aim: a verb of targeting right after the event noun
("حملة تستهدف X", "هجوم يستهدف X") has the noun as its subject, so the side named right after
the verb is what the campaign aims at — hit, never its author. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_campaign_aimed_at_a_party_does_not_make_it_the_attacker():
    events = ev("وشن الجيش النيجيري حملة تستهدف جماعة بوكو حرام في ولاية بورنو أمس.")
    assert events
    assert "actor1" not in roles_of(events, "Boko Haram")


def test_an_announced_campaign_names_its_aim_not_its_author():
    events = ev("وأعلنت الحكومة التركية بدء حملة تستهدف حزب العمال الكردستاني في جبال قنديل أمس.")
    assert "actor1" not in roles_of(events, "Kurdistan Workers' Party")
