"""A side named before a member word and the person's name, then a passive ("Jaish al-Islam
leader Zahran Alloush was killed", "an Ahrar al-Sham commander Abu Yahya was killed") was hit:
the name between is no subject of its own (`role_cues._past_members`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 10, 11)


def roles(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in e.actors] for e in extract(text, published=DAY, language="en")]


def test_a_leader_named_between_his_group_and_the_passive():
    assert roles("Jaish al-Islam commander Abu Hamza al-Shami was killed in an air strike near "
                 "Douma on Monday.") == [[("Jaysh al-Islam", "actor2")]]


def test_a_commander_with_two_names():
    assert roles("Ahrar al-Sham leader Khaled Omar was killed in a bombing in Idlib on Monday.") == [
        [("Ahrar al-Sham", "actor2")]]


def test_the_member_word_alone_as_before():  # twin: as before
    assert roles("An Ahrar al-Sham leader was killed in a bombing in Idlib on Monday.") == [
        [("Ahrar al-Sham", "actor2")]]
