"""An event noun told as done is no plan, whatever is planned about it. "Britain said it would
raise a reported chemical attack at the United Nations" made the attack a planned one (the
"would" binds the first event word after it): the raising is to come, the attack happened. An
event noun with one of en/triggers.yaml ``modality.done_adjectives`` (reported, suspected,
alleged, purported, apparent) within two words before it is out of reach of a cue of what is to
come (`modality_binding._told_done`); a plan's own event word stays planned."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import modalities_on

DAY = date(2016, 5, 10)  # a Tuesday
modalities = modalities_on(DAY, "en")


@pytest.mark.parametrize("text", [
    "France said it would raise the suspected gas attack on Douma at the Security Council.",
    "Ankara said it will take the reported air strike on the village of Tal Rifaat to NATO.",
    "The envoy vowed to bring up the apparent chemical attack in Saraqeb with Moscow.",
    "London said it would raise a reported chemical weapons attack by government forces in "
    "Zamalka at the Security Council.",
])
def test_an_attack_told_as_done_is_not_planned(text):
    mods = modalities(text)
    assert mods and all(m != "planned" for _, m in mods), mods


def test_a_plans_own_attack_is_planned():
    """Guard: "will launch an attack" is a plan (passes on the base)."""
    mods = modalities("The army will launch an attack on the town of Tal Rifaat.")
    assert mods and all(m == "planned" for _, m in mods), mods


def test_an_alleged_attack_stays_alleged():
    """Guard: "the alleged attack" is alleged (passes on the base)."""
    mods = modalities("The United Nations will investigate the alleged chemical attack in "
                      "Khan Sheikhoun.")
    assert ("attack", "alleged") in mods, mods
