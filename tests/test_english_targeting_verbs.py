"""A side before a verb of targeting acts, even when a strike noun follows in its clause:
"terrorists targeted the neighbourhood with rocket shells", "IS targeted the town with mortar
shells" (en/roles.yaml ``deed_verbs``). "Targeted" is no result word whose subject died in the
shelling — the rule for "X were killed in shelling"."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 9, 6)  # a Tuesday


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_a_side_targeting_with_shells_fires_them():
    assert _roles("Jihadists targeted the Masharqa neighbourhood of Aleppo with mortar shells on "
                  "Tuesday, wounding six people.") == [{"Militants (unspecified)": "actor1"}]


def test_a_named_group_targeting_with_rockets_fires_them():
    assert _roles("Two children were killed when Islamic State targeted the town of Salamiyah with "
                  "rockets on Tuesday.") == [{"Islamic State": "actor1"}]


def test_the_side_targeted_is_still_hit():  # guard: as before
    assert _roles("Air strikes targeted Islamic State positions near Raqqa on Tuesday.") == [
        {"Islamic State": "actor2"}]
