"""A second verb joined to an aim by "and" is aimed too: in "a pretext for Russia to carpet bomb
civilian areas and hit the city's infrastructure" the bombing was an aim but the hitting a
shelling told (placed in Russia), as "sought to encircle their opponents and besiege them" told
a siege. A verb in its base form right after a word of en/triggers.yaml
``purpose.verb_joiners``, its words reaching back with no punctuation to a verb named as an aim
(`trigger_objects.verb_joined_to_aim`), is aimed as the first is; a verb told in a tense after
the same "and" is a deed ("advanced to retake the town and killed 20 soldiers")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _told(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en") if e.modality == "actual"]


@pytest.mark.parametrize("text, kind", [
    ("Opposition figures say the ceasefire gives the regime a pretext to pound Daraa and shell "
     "the camps near it.", "shelling"),
    ("The army launched an offensive on Monday to retake the town of Morek and destroy the rebel "
     "positions around it.", "attack"),
    ("Government forces moved north to encircle the villages near Tal Rifaat and besiege them.", "other"),
    ("The jihadists gathered near Hama to storm the prison and attack the guards outside it.", "attack"),
    ("The militants crossed the river to ambush the patrol and kill its officers near Tabqa.", "attack"),
])
def test_a_base_form_joined_to_an_aim_is_aimed(text, kind):
    assert kind not in _told(text), _told(text)


def test_a_verb_told_in_a_tense_after_an_aim_is_a_deed():
    """Guard: "and killed 20 soldiers" tells a deed (passes on the base)."""
    told = _told("The rebels advanced to retake the town of Morek and killed 20 soldiers on Monday.")
    assert "clash" in told, told
