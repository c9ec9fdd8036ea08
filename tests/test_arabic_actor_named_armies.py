"""Actors (issue 8): an army named with its state's adjective ("الجيش الإيراني", "الجيش
اللبناني", "الجيش الباكستاني") is that state's army — never the army of the country the
article's places name most, which bare "الجيش" means. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_iranian_army_in_a_story_told_from_iraq():
    events = ev("وقصف الجيش الإيراني قرى حدودية في محافظة السليمانية العراقية أمس.")
    assert roles_of(events, "Iranian armed forces") == {"actor1"}
    assert roles_of(events, "Iraqi security forces") == set()


def test_the_lebanese_army_in_a_story_told_from_syria():
    events = ev("وقصف الجيش اللبناني تجمعات لمسلحين قادمين من القلمون السورية قرب الحدود أمس.")
    assert roles_of(events, "Lebanese Armed Forces") == {"actor1"}
    assert roles_of(events, "Syrian Arab Army") == set()


def test_the_pakistani_army_in_a_story_told_from_afghanistan():
    events = ev("واشتبك الجيش الباكستاني مع مسلحي حركة طالبان قرب الحدود الأفغانية أمس.")
    assert "Pakistani armed forces" in {a.name for e in events for a in e.actors}
    assert roles_of(events, "Afghan security forces") == set()
