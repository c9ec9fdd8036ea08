"""Civilians who move are no force's movement, also when their words stand apart from the
movement word: "a Russian air strike killed 38 civilians as they tried to cross the river" was
an attempted movement of the air force, "shelling forced 13000 residents to flee the IS-held
city" a movement of IS. en/triggers.yaml ``civilian_mover_pronouns``: a pronoun for the movers
("they") a few words before the movement word, right after a word joining its clause to the
one naming the civilians (as, when, while, after, before), a civilians word a few words before
that (`candidates._pronoun_movers`; ``TriggerLexicon.mover_pronouns``/``mover_pronoun_links``
at the end). And where the subject comes first a side right after the movement word is no
mover ("fled the IS-held city": whose city; `candidates._side_beside`)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import types_on

DAY = date(2017, 10, 10)  # a Tuesday


_types = types_on(DAY, "en")


@pytest.mark.parametrize("text, kept", [
    ("A Russian air strike killed 38 civilians as they tried to cross the Euphrates near Raqqa on "
     "Monday.", "airstrike"),
    ("A coalition strike killed 14 villagers on Sunday as they tried to cross the Euphrates near "
     "Mayadin.", "airstrike"),
    ("Fighting between IS and Kurdish troops forced 9000 residents to flee the IS-held town of "
     "Manbij on Monday.", None),
    ("Thousands of families fled the rebel-held district of Douma on Monday.", None),
])
def test_civilians_named_apart_make_no_movement(text, kept):
    types = _types(text)
    assert "movement" not in types and (kept is None or kept in types), types


@pytest.mark.parametrize("text", [
    "Government troops withdrew from Palmyra on Monday as they came under heavy fire.",
    "Rebels shelled the families on Monday as the army advanced on Latamneh.",
])
def test_a_side_that_moves_still_moves(text):
    """Guard: a side named as the mover still moves, a pronoun after it or civilians before it
    (passes on the base)."""
    assert "movement" in _types(text)
