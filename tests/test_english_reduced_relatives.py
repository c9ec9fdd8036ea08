""""The US-led coalition fighting IS in Syria and Iraq", "Kurdish militias battling the jihadists
in the north": "fighting" or "battling" right after a side's name is a relative clause with its
pronoun left out ("the coalition that is fighting IS") — it says who the side is, a standing
state, and is no battle of the day (triggers.yaml relative_states ``after_side``). Fighting told
as the news ("Fighting raged in Aleppo", "troops fought rebels on Monday") stays an event, and so
does what the described side did."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 14)
LEAD = "Government shells hit the town of Saraqib on Tuesday, killing four civilians. "


def _types(text):
    return sorted(e.event_type for e in extract(text, published=PUB, language="en"))


def test_a_coalition_fighting_a_group_in_two_countries_is_no_battle():
    assert _types(LEAD + "Turkey is part of the international coalition fighting the jihadists "
                  "in Syria and Iraq.") == ["shelling"]


def test_a_militia_battling_jihadists_is_no_battle():
    assert _types(LEAD + "Ankara accuses the Kurdish militias battling Daesh in Raqqa province "
                  "of ethnic cleansing.") == ["shelling"]


def test_strikes_by_a_described_coalition_are_still_strikes():
    evs = extract("Air strikes by the US-led coalition fighting Daesh killed nine civilians in the "
                  "village of Tokhar near Manbij on Tuesday.", published=PUB, language="en")
    assert [e.event_type for e in evs] == ["airstrike"]


def test_fighting_told_as_the_news_stays_a_battle():
    assert "clash" in _types("Syrian troops fought rebels in the Ramouseh district of Aleppo on "
                             "Tuesday, a monitor said.")


def test_fighting_after_a_place_is_no_description_of_a_side():
    assert "clash" in _types("Heavy fighting in Aleppo killed 25 fighters on Tuesday.")
