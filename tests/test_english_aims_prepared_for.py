"""An event named as what a move prepares or leads up to is an aim, not an event told: "massed
fighters in preparation for a major offensive on Hama", "militants preparing for an attack on
the border town", "ferried forces behind the lines to spearhead a major assault" — the
offensive has not begun (en/triggers.yaml ``aims`` openers, with "a", "an", "major", "new"
among the bridges before the noun), nor one a side "prepared for" or is "gearing up for". The
move itself is told."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

DAY = date(2017, 3, 25)  # a Saturday
_types = types_on(DAY)


def test_an_offensive_prepared_for():
    assert _types("Rebels massed fighters around the town in preparation for a major offensive "
                  "on Hama.") == ["deployment"]


def test_an_attack_militants_prepare_for():  # guard
    assert _types("Turkish artillery shelled militants near the border on Friday who were "
                  "preparing for an attack on the town of Kilis.") == ["shelling"]


def test_an_offensive_launched_is_told():  # guard
    assert _types("Rebels launched a major offensive on Hama on Friday.") == ["operation_launch"]


def test_assaults_a_side_prepared_for():
    assert _types("Rebel groups on the ground prepared for fresh assaults on regime positions in "
                  "the town of Saraqib.") == []
