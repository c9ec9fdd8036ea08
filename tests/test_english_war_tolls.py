"""A toll of thousands upon thousands told with the war in its sentence ("more than 250000 people
have been killed in the Syrian conflict", "the war in Syria has killed 300000") counts the war's
dead, not the dead of the incident told beside it, wherever the war word stands
(en/quantities.yaml ``running_totals.war_floor``). Wire stories end most reports with one; it
had become a claim of the day's strike, and a header read hundreds of thousands."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def figures(text: str) -> list[int | None]:
    return [c.low if c.low is not None else c.best
            for e in extract(text, published=DAY, language="en") for c in e.claims]


STRIKE = "Jets struck a market in the town of Ariha on Tuesday, killing nine people. "


def test_the_wars_toll_after_a_strike_is_no_claim_on_it():
    assert figures(STRIKE + "More than 250000 people have been killed in the Syrian conflict "
                            "since it began with protests.") == [9]


def test_a_war_named_before_its_toll_counts_it_too():
    assert figures(STRIKE + "The civil war now in its sixth year has killed more than 300000 "
                            "people and displaced millions.") == [9]


def test_a_big_toll_without_a_war_stays_a_claim():  # twin
    assert 6000 in figures("The army said its jets killed 6000 militants near the town of "
                           "Palmyra on Tuesday.")
