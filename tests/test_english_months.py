"""A month is no event word. "March" names a month as often as a movement, and English news
dates its events by month: "on March 3", "in March 2016", "since March". A word the date
step read as (part of) a date starts no event (`events.extract.candidates`); the verb
"march" outside a date still moves troops."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import types_on

DAY = date(2016, 4, 12)  # a Tuesday


types = types_on(DAY)


@pytest.mark.parametrize("when", ["on March 3", "on 3 March", "in March", "in March 2016",
                                  "in early March"])
def test_a_month_named_march_moves_no_one(when: str):
    assert types(f"Rebels shelled Homs {when}, killing five people.") == ["shelling"]


def test_a_month_after_ground_taken_moves_no_one():
    assert types("The army retook Palmyra in March after a three-week battle.") == [
        "territory_change"]


def test_a_date_opening_the_sentence_moves_no_one():
    assert types("In March 2016 rebels shelled a market in Homs, killing five people.") == [
        "shelling"]


def test_the_verb_march_still_moves_troops():
    assert types("Thousands of rebels began to march on Homs on Monday.") == ["movement"]
