"""A town right after any verb of striking or taking ground is a place: "Government jets pounded
Saraqib" found no place, because only some strike verbs (struck, shelled, bombed) were place
cues and a small town needs one (rule 5 of geo/english.py). The other verbs of striking and
taking ground, and the -ing forms of them all, now are (cues.yaml ``english.before``: pounded,
hammered, bombarded, overran, shelling, retaking…)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, place", [
    ("Government jets pounded Saraqib on Tuesday, killing seven people.", "Saraqib"),
    ("Warplanes hammered Kafr Nabl on Monday, killing four civilians.", "Kafranbel"),
    ("Regime aircraft bombarded Hish on Monday, killing three people.", "Ḩīsh"),
    ("Artillery kept shelling Kafr Zita on Monday, killing two people.", "Kafr Zita"),
    ("Rebels were storming Khan Tuman on Sunday.", "Khan Tuman"),
])
def test_the_town_struck_is_the_place(text, place):
    assert _places(text) == [place]


def test_a_day_after_the_verb_is_no_place():
    """Guard: a weekday after a strike verb stays a date ("shelling Saturday")."""
    assert _places("Regime artillery kept shelling Saturday and Sunday, killing two people in "
                   "Talbiseh.") == ["Tallbīsah"]
