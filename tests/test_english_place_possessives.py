"""Hama's with its apostrophe lost is no Hamas: "in the village of Kafr Zita in Hamas
countryside", "in Hamas northern countryside" — FA-KES drops every apostrophe, and before a
word of a place's parts the name is Hama's possessive (en/actors.yaml ``place_possessives``;
`geo.mentions._lost_apostrophe` then reads Hama). Hamas acting stays Hamas."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 25)  # a Wednesday


def _events(text: str) -> list[tuple[str | None, dict[str, str]]]:
    return [(e.location.name if e.location else None, roles(e))
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, place", [
    ("Army units killed 40 terrorists in the village of Kafr Zita in Hamas countryside on "
     "Monday.", "Kafr Zita"),
    ("Army units killed 40 terrorists in Hamas northern countryside on Monday.", "Hama"),
])
def test_hamas_countryside_is_hamas_possessive(text, place):
    got = _events(text)
    assert [p for p, _ in got] == [place]
    assert "Hamas" not in got[0][1]


def test_hamas_acting_is_hamas():  # guard
    assert _events("Hamas fighters fired rockets at the town of Sderot on Monday.") == [
        ("Sderot", {"Hamas": "actor1"})]
