"""Actors (issue 8): a state acting still names the article's war.

"قصفت تركيا مواقع داعش في سوريا" heading a story told from Turkey: once the country acts it is
an actor, no longer a place, and the article's focus country — the one its places name most,
by which "الشرطة", "الجيش", "الطائرات" are read — lost it. The story's police then became
Syria's army. The focus now counts the places read before the states acting took theirs.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_turkish_police_in_a_story_headed_by_turkey_acting():
    events = ev("قصفت تركيا مواقع داعش في سوريا\n"
                "وقالت الشرطة في مدينة كيليس إنها أوقفت 20 شخصا يشتبه بانتمائهم إلى التنظيم في حملة مداهمات.")
    assert events
    assert roles_of(events, "Turkish security forces") == {"actor1"}
    assert not roles_of(events, "Syrian Arab Army")


def test_a_syrian_story_stays_syrian():
    """A guard (passes on main too): a state acting in a story whose places are Syria's."""
    events = ev("قصفت تركيا مواقع داعش في سوريا\n"
                "وقالت مصادر إن قوات النظام قصفت بلدة مارع في ريف حلب ومدينة تدمر في ريف حمص.")
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}
