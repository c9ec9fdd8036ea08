"""People a side kills as traitors are counted: "Rebels shot dead 12 alleged spies" gave the
killing no claim, because spies, informants and collaborators were no nouns of the loss
lexicon. They are people of unknown kind (en/quantities.yaml ``nouns``): the killer's word
("alleged", "suspected") says what it calls them, not who they were, so they are neither
civilians nor fighters."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _claims(text: str) -> list[tuple[str, str, int | None]]:
    return [(c.category, c.who, c.best) for e in extract(text, published=DAY, language="en")
            for c in e.claims]


@pytest.mark.parametrize("text, n", [
    ("Rebels shot dead 14 alleged spies in the town of Saraqib on Sunday.", 14),
    ("Islamic State militants killed six purported informants in Mayadin on Monday.", 6),
    ("The group beheaded three defectors near Palmyra on Friday.", 3),
    ("Gunmen executed seven suspected collaborators in a village near Deraa on Saturday.", 7),
])
def test_the_killed_traitors_are_a_claim(text, n):
    assert _claims(text) == [("killed", "unknown", n)]


def test_civilians_stay_civilians():
    """Guard: a count of civilians beside them keeps its kind."""
    assert _claims("Jets struck the town of Saraqib on Sunday, killing nine civilians.") == [
        ("killed", "civilians", 9)]
