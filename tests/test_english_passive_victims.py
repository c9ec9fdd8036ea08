"""Who an English passive names was hit, in the ways wire copy writes it (en/roles.yaml):

* a member word between the side and the passive ("an Ahrar al-Sham commander was killed",
  ``passive_members``), and the perfect ("31 militants have been killed",
  ``perfect_auxiliaries``);
* a headline drops the auxiliary ("Jaish al-Islam commander killed in Douma"): a bare result
  verb that ends the title or that a preposition follows (``headline_passives``) is passive —
  "Rebels killed 12 soldiers" (a count after it) stays active;
* a headline that names only the armed side hit tells the body's event, whatever its kind
  (`headlines._victims_only`): its toll joins the body's strike, no second event."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def events(text: str) -> list[tuple[str, dict[str, str]]]:
    return [(e.event_type, {a.name: a.role for a in e.actors})
            for e in extract(text, published=DAY, language="en")]


def test_a_commander_of_a_group_killed_in_the_passive_was_hit():
    got = events("A senior Jaish al-Islam commander was killed in Douma on Monday.")
    assert got and got[0][1].get("Jaysh al-Islam") == "actor2"


def test_fighters_who_have_been_killed_were_hit():
    got = events("Thirty Islamic State fighters have been killed near Manbij on Sunday, a "
                 "monitor said.")
    assert got and got[0][1].get("Islamic State") == "actor2"


def test_a_headline_passive_without_auxiliary_names_the_side_hit():
    got = events("Jaish al-Islam commander killed in Douma\n\nThe commander was shot dead near "
                 "the town on Monday, activists said.")
    assert got and got[0][1].get("Jaysh al-Islam") == "actor2"


def test_a_headline_with_a_count_after_the_verb_is_active():  # twin: as before
    got = events("Rebels killed 12 soldiers near Morek\n\nRebels killed 12 soldiers in an ambush "
                 "near Morek on Monday, a monitor said.")
    assert got and got[0][1].get("Rebels (unspecified)") == "actor1"


def test_a_headline_naming_the_dead_fighters_joins_the_bodys_air_strike():  # twin: as before
    got = events("Over 40 IS fighters killed in Raqqa\n\nRussian jets struck Islamic State "
                 "positions in Raqqa on Monday, killing more than 40 militants, the ministry said.")
    assert [k for k, _ in got] == ["airstrike"]
