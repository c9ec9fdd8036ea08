"""A state that has carried out strikes acts, as one that launched them does: "Turkey launched
air strikes" named Turkish forces, "Turkey carried out air strikes", "Russia has carried out
airstrikes on the city", "the US has launched strikes" named nobody — the verbs of doing of
en/triggers.yaml ``launches.carry_verbs`` are two words ("carried out") that a token's stems
never match, and after an auxiliary only an event verb counted. A verb of doing, one word or
two, carrying an event word as its object a few words on (`actors_implied._doing_carries`)
now reads the state before it, or before its auxiliary, as acting; a verb told in a tense after
it ("has announced that rebels shelled …") is someone else's deed. And a state named after an
agent phrase of support with an ally's title between ("backed by ally Russia", en/roles.yaml
``ally_titles``) is the ally, as "backed by Russia" is, not the doer."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _actors(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in e.actors] for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, actor", [
    ("Turkey carried out air strikes on Kurdish positions near Jindires on Sunday.", "Turkish Armed Forces"),
    ("Russia has carried out air strikes on the town of Kafr Nabl, activists said on Monday.", "Russian forces"),
    ("Turkey has launched air strikes on Kurdish positions near Tal Abyad.", "Turkish Armed Forces"),
    ("Damascus has conducted a chemical attack on the town of Latamneh, rebels said.", "Syrian Arab Army"),
])
def test_a_state_carrying_out_strikes_acts(text, actor):
    events = _actors(text)
    assert any((actor, "actor1") in acts for acts in events), events


def test_a_state_that_announced_another_sides_deed_does_not_act():
    """Guard: the verb after "announced that" is the rebels' (passes on the base)."""
    events = _actors("Turkey has announced that rebels shelled Kurdish positions near Jindires on Sunday.")
    assert not any(("Turkish Armed Forces", "actor1") in acts for acts in events), events


@pytest.mark.parametrize("text, ally", [
    ("Government troops supported by regime ally Iran have stormed Zabadani, killing 12 fighters on Monday.",
     "Islamic Revolutionary Guard Corps"),
    ("Rebels backed by their ally Turkey have captured the town of Qabasin on Monday.", "Turkish Armed Forces"),
])
def test_an_ally_named_after_support_is_no_doer(text, ally):
    events = _actors(text)
    assert events and not any((ally, "actor1") in acts for acts in events), events
