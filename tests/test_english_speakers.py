"""Who speaks is the speaker noun right before "said", not a name a few words before it:
"… on a town held by Islamic State a monitor said" is the monitor's count (the monitor named
before, or no one known), never Islamic State's — wire copy that lost its commas puts a party
right before the speaker. A name right before the speaker noun is the speaker's own ("the
Turkish army statement added"). A group's full name holds no place of its own ("Islamic State
in Iraq and Syria" places nothing in Iraq)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 7, 5)


def claimants(text: str) -> list[str | None]:
    return [c.claimant for e in extract(text, published=DAY, language="en") for c in e.claims]


def test_a_monitor_right_before_said_speaks_not_the_party_before_it():
    got = claimants("Eleven people were killed in air strikes on the town of Tabqa held by "
                    "Islamic State a monitor said.")
    assert got and "Islamic State" not in got


def test_the_monitor_refers_back_to_the_monitor_named_before():
    got = claimants("The Syrian Observatory for Human Rights counted the dead on Monday. Eleven "
                    "people were killed in air strikes on the town of Tabqa held by Islamic State "
                    "the monitor said.")
    assert got == ["Syrian Observatory for Human Rights"]


def test_a_statement_of_a_named_side_is_that_sides():  # twin
    got = claimants("Two soldiers were wounded in clashes near the town of Jarablus the Turkish "
                    "army statement added.")
    assert got == ["Turkish Armed Forces"]


def test_the_full_name_of_the_islamic_state_places_nothing_in_iraq():
    got = extract("Nine people were killed in coalition air strikes on the stronghold of ISIL "
                  "(so-called Islamic State in Iraq and Syria) on Monday.", published=DAY,
                  language="en")
    assert got and not [e for e in got if e.location and e.location.name == "Iraq"]
