"""Claimants (issue 8): "according to the spokesman of X" ("بحسب المتحدث باسم الجيش", "طبقا
للمتحدث باسم الشرطة") makes X the claimant of the toll, as "قال المتحدث باسم X" does — X
reports the blow, it did not strike it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_army_a_spokesman_speaks_for_is_the_claimant_not_the_bomber():
    events = ev("وقتل 12 شخصا أمس في تفجير انتحاري استهدف سوقا في مدينة مايدوغوري، بحسب المتحدث "
                "باسم الجيش النيجيري.")
    assert len(events) == 1
    assert roles_of(events, "Nigerian armed forces") == set()
    assert events[0].claimant == "Nigerian armed forces"


def test_according_to_with_its_lam_names_the_claimant_too():
    events = ev("وقتل 12 شخصا أمس في تفجير انتحاري استهدف سوقا في مدينة مايدوغوري، طبقا للمتحدث "
                "باسم الجيش النيجيري.")
    assert len(events) == 1
    assert events[0].claimant == "Nigerian armed forces"
