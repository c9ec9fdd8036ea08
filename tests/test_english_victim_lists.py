"""A side named in the list of the dead or hurt was hit, whoever struck: "killing nine people,
both fighters and civilians", "heavy losses among the militants", "deaths among civilians and
soldiers" (en/roles.yaml ``victim_lists``). "Including" is no such word: it lists an alliance's
members as often as the dead."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2014, 9, 23)  # a Tuesday


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_both_fighters_and_civilians_were_hit():
    assert _roles("The raids on Kafr Nabl killed eight people on Monday, both rebels and "
                  "civilians.") == [{"Rebels (unspecified)": "actor2"}]


def test_losses_among_a_side():
    assert _roles("Heavy shelling on the town of Morek on Monday caused losses among the "
                  "jihadists.") == [{"Militants (unspecified)": "actor2"}]


def test_an_alliance_including_a_group_still_strikes():  # guard: as before
    got = _roles("An Islamist alliance including the Nusra Front attacked army posts near Aleppo "
                 "on Monday, killing nine soldiers.")
    assert got and all(r.get("Hayat Tahrir al-Sham") != "actor2" for r in got)
