"""A side whose men a possessive pronoun names as dead was hit. "The Turkish army said two of its
soldiers were killed in a rocket attack" made the army the attacker: Arabic reads the pronoun
glued to the men ("من جنوده", roles.yaml ``possessed_men``) and English had none. English writes
it apart: one of en/roles.yaml ``possessive_pronouns`` and a word of ``possessed_men`` right
after a result word (a count and "of" between) or right before its passive verb are the men of
the nearest side named before them that is not the verb's own subject
(`role_possessors._owner_of_men`). Active verbs tell who did it ("their fighters killed 12
soldiers", "its militants had destroyed")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, side", [
    ("The Turkish army said three of its soldiers were killed in a rocket attack near the town "
     "of Akhtarin on Monday.", "Turkish Armed Forces"),
    ("The Turkish military said one of its soldiers had been killed by a roadside bomb near "
     "Jarablus on Monday.", "Turkish Armed Forces"),
    ("Kurdish forces said nine of their fighters were wounded in shelling on the village of "
     "Tal Tamr on Monday.", "Kurdish forces"),
])
def test_the_side_of_its_dead_was_hit(text, side):
    sides = _sides(text)
    assert sides and all(s.get(side) != "actor1" for s in sides), sides
    assert any(s.get(side) == "actor2" for s in sides), sides


def test_the_killers_named_between_act_on_the_speakers_men():
    """The side named as the verb's subject killed; the speaker, whose men they were, was hit
    (on the base the army was left out)."""
    sides = _sides("The Syrian army said rebels killed three of its soldiers in an ambush near "
                   "Morek on Monday.")
    assert any(s.get("Rebels (unspecified)") == "actor1" and s.get("Syrian Arab Army") == "actor2"
               for s in sides), sides


@pytest.mark.parametrize("text, side", [
    ("Rebels said their fighters killed 12 soldiers in an ambush near Morek on Monday.",
     "Rebels (unspecified)"),
])
def test_an_active_verb_tells_who_did_it(text, side):
    """Guard: men with a possessive who are the subject of an active verb acted (passes on the
    base)."""
    sides = _sides(text)
    assert any(s.get(side) == "actor1" for s in sides), sides
