"""A capital or a country named as the subject of a government's deed or decision ("since
Moscow intervened", "a gas attack Washington blamed on the army", "every time Russia declares
a truce") or of a verb in -ing ("the United States is backing rebels", "Ankara is also seeking")
stands for its government: it acts, and nothing happens there (cues.yaml ``context``
``verbs_after``, ``progressive_before``; not "is being shelled"), also through a relative
("allies including Russia which fired missiles")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 10, 20)


def locations(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=PUB, language="en")]


def test_a_capital_that_intervened_is_no_place():
    got = locations("Russian air strikes have killed hundreds of civilians since Moscow intervened "
                    "in 2015.")
    assert "Moscow" not in got


def test_a_capital_that_blamed_is_no_place():
    got = locations("Missiles hit an air base last week after a gas attack that Washington blamed "
                    "on the army.")
    assert "Washington" not in got


def test_a_country_that_declares_a_truce_is_no_place():
    got = locations("Rebels say that every time Russia declares a truce its jets bomb the markets.")
    assert "Russia" not in got


def test_a_country_backing_rebels_is_no_place():
    got = locations("The United States is backing the rebels in their fight against the army.")
    assert "United States" not in got


def test_a_capital_being_shelled_is_a_place():  # twin: as before
    got = locations("Damascus is being shelled by rebels from the eastern suburbs.")
    assert "Damascus" in got


def test_a_state_before_a_relative_and_its_deed_is_no_place():
    got = locations("The raids were part of an escalation by the army and its allies including Russia "
                    "which fired volleys of missiles at rebels on Tuesday.")
    assert "Russia" not in got


def test_a_capital_before_a_relative_and_a_passive_is_a_place():  # twin: as before
    got = locations("Rebels shelled Damascus which has been hit by mortars for weeks, killing two.")
    assert "Damascus" in got
