"""A state written as capital initials with stops ("U.S.") is the same word as "US": a
nationality before a force or strike noun ("U.S. air strikes", "U.S. drones": the US-led
coalition acts, events.extract.actors._dotted_nationality) and, as a name, a state acting
when an agent word or a verb follows past its last stop ("U.S.-backed", "the U.S. has
carried out": place_actors._gap_after) — never where the strike happened."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 5, 10)


def test_strikes_by_initials_are_the_coalitions():
    (e,) = [e for e in extract("Twelve people were killed in U.S. air strikes on the town of Manbij "
                               "on Sunday.", published=PUB, language="en")
            if e.event_type == "airstrike"]
    assert e.location is not None and e.location.name == "Manbij"
    assert any(a.name == "US-led coalition" and a.role == "actor1" for a in e.actors)


def test_strikes_named_by_initials_alone():
    (e,) = extract("U.S. strikes killed five people near Raqqa on Monday.", published=PUB,
                   language="en")
    assert e.event_type == "airstrike" and any(a.name == "US-led coalition" for a in e.actors)


def test_backed_by_initials_is_no_place():
    evs = extract("U.S.-backed fighters shelled the town on Friday, killing three people.",
                  published=PUB, language="en")
    assert evs and all(e.location is None or e.location.country != "US" for e in evs)


def test_plain_initials_stay_as_before():  # twin: as before
    (e,) = [e for e in extract("Twelve people were killed in US air strikes on the town of Manbij "
                               "on Sunday.", published=PUB, language="en")
            if e.event_type == "airstrike"]
    assert e.location is not None and e.location.name == "Manbij"
