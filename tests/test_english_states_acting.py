"""A country named right before a verb of doing or starting is its state's forces acting
("Turkey launched air strikes"), in English, whose subject comes first, and so is one before an
auxiliary and its verb ("Turkey has sent tanks", "Russia has also bombed"; not "Damascus has been
shelled"); a country after a preposition is only where something happened, even with two parts
of it between ("in eastern and northern Syria killed")."""
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


def test_a_country_before_an_auxiliary_and_its_verb_acts():
    assert ("Turkish Armed Forces", "actor1") in actors(
        "Turkey has sent dozens of tanks to the town of Kilis this week. Rebels shelled the town "
        "of Azaz on Monday, killing two children.")


def test_an_adverb_after_the_auxiliary_keeps_the_country_acting():
    names = actors("Russia has also bombed the village of Kafr Nabl, killing four farmers.")
    assert [role for name, role in names if name.startswith("Russia")] == ["actor1"]


def test_a_capital_that_has_been_shelled_does_not_act():
    names = actors("Damascus has been shelled by rebels for a week, killing nine people.")
    assert not [name for name, _ in names if name.startswith("Syria")]


def test_a_country_after_two_joined_parts_of_it_is_a_place():
    events = extract("Coalition strikes in eastern and northern Syria killed 40 civilians on "
                     "Monday, the monitor said.", published=PUB, article_id="t")
    assert [e.location.name if e.location else None for e in events] == ["Syria"]
