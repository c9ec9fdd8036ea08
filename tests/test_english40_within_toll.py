"""A side named inside the people a loss claim counts was hit: "Tens of IS recruits and their
trainers killed and wounded in the camp", "Heavy fighting shelling and car bombs killed at least 20
regime troops" — the count's own words name whose men died, whatever the order of
the sentence made of the side (it was read as the actor1 of a weak result, or of the fight).
Not the dead attackers: "two IS suicide bombers were killed" (roles.yaml ``toll_attackers``,
`role_victims.within_toll`; English)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 11, 23)


def _roles(text: str) -> list[list[tuple[str, str]]]:
    return [sorted((a.name, a.role) for a in e.actors)
            for e in extract(text, published=PUB, language="en")]


def test_side_inside_a_vague_toll_was_hit():
    assert _roles("Tens of IS recruits and their trainers killed and wounded and all equipment "
                  "destroyed in the camp near Palmyra.") == [[("Islamic State", "actor2")]]


def test_troops_counted_dead_are_hit_in_every_event_of_the_sentence():
    """The shelling, told with the fighting and the car bombs, took the troops for its author."""
    assert _roles("Heavy fighting shelling and car bombs killed at least 20 regime troops in Aleppo "
                  "on Saturday.") == [[("Syrian Arab Army", "actor2")]] * 3


def test_dead_suicide_bombers_stay_the_attackers():
    """Guard: the counted dead were the attackers (passes on the base)."""
    assert _roles("An IS attack on a Kurdish checkpoint in Hasakeh killed two IS suicide bombers "
                  "and five Kurdish fighters on Friday.") == [
        [("Islamic State", "actor1"), ("Kurdish forces", "actor2")]]
