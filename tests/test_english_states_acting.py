"""A country named right before a verb of doing or starting is its state's forces acting
("Turkey launched air strikes"), in English, whose subject comes first; a country after a
preposition is only where something happened."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 10)


def actors(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.role) for e in extract(text, published=PUB, article_id="t") for a in e.actors]


def test_a_country_that_launched_air_strikes_is_their_actor():
    assert ("Turkish Armed Forces", "actor1") in actors(
        "Turkey launched a series of air strikes on PKK camps in northern Iraq on Tuesday.")


def test_a_country_that_conducted_strikes_is_their_actor():
    names = actors("Russia conducted dozens of air strikes near Palmyra on Monday.")
    assert [role for name, role in names if name.startswith("Russia")] == ["actor1"]


def test_a_country_where_talks_began_acts_in_no_strike():
    assert ("Turkish Armed Forces", "actor1") not in actors(
        "Talks in Turkey began on Monday as jets struck rebel positions in Idlib.")
