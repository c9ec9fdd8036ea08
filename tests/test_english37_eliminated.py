""""Eliminated" is the state press's word for killing fighters: "army units eliminated over 75
Nusra Front militants" made no event of the killing (quantities.yaml already counted the dead),
and beside "the suicide bombers" among the dead the group became the attacker. en/triggers.yaml
lists "eliminate" with the result verbs (strength 0.5): the side counted after it was hit;
an aim ("a plan to eliminate the chemical weapons") stays none. And "the so-called Islamic
State of Iraq and the Levant" is one name (en/actors.yaml): "the so-called Islamic State"
stopped short and left "Iraq" a place for the event."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import places_on, roles

DAY = date(2017, 4, 10)


def test_the_militants_eliminated_were_hit():
    events = extract("Army units eliminated over 60 Nusra Front militants including several "
                     "suicide bombers in the Manshiyah district of Daraa on Sunday.",
                     published=DAY, language="en")
    assert events and roles(events[0]) == {"Syrian Arab Army": "actor1",
                                           "Hayat Tahrir al-Sham": "actor2"}, [
        roles(e) for e in events]


def test_a_plan_to_eliminate_weapons_is_no_event():
    """Guard: an aim, no deed (passes on the base)."""
    assert not extract("The two powers agreed on a plan to eliminate the chemical weapons held "
                       "by the government.", published=DAY, language="en")


def test_the_so_called_islamic_state_of_iraq_places_nothing_in_iraq():
    places = places_on(DAY)("Army units killed 30 fighters of the so-called Islamic State of "
                            "Iraq and the Levant near the town of Sukhnah on Sunday.")
    assert places and "Iraq" not in places, places
