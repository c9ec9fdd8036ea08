"""A deed told as done before is history in passing: "The outskirts of Jableh have previously
come under rocket fire" was a shelling of the article's day, and "IS fighters have previously
seized oil fields in Iraq" ground taken that day. Like the Arabic «سبق أن», "previously", "on
several occasions" and the like within three words before the event word (en/triggers.yaml
``told_before``) make it another occasion than the news: no event without its place and an act
told, else a background one; dated ("previously shelled it in May") it is an event of then."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _events(text: str) -> list[tuple[str, bool]]:
    return [(e.event_type, e.background) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "The outskirts of Baniyas have previously come under rocket fire.",
    "Militants had on several occasions shelled the village of Zara.",
    "IS fighters have previously seized oil fields near Shaddadi.",
    "The group had previously targeted the market of Azaz with car bombs.",
])
def test_a_deed_told_before_is_no_news_of_the_day(text):
    assert all(bg for _, bg in _events(text)), _events(text)


def test_the_day_s_deed_beside_it_stays_news():
    """Guard: the deed of the day told before the history keeps its event."""
    evs = _events("Rebels shelled the village of Zara on Monday, killing two people. The "
                  "village had previously come under fire from the same positions.")
    assert ("shelling", False) in evs


def test_a_dated_deed_told_before_is_an_event_of_then():
    """Guard: "previously … in May" dates the deed; it stays an event."""
    evs = extract("Rebels have previously shelled Baniyas in March, killing three people.",
                  published=DAY, language="en")
    assert [(e.event_type, str(e.date_start)[:7]) for e in evs] == [("shelling", "2016-03")]
