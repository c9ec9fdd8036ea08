"""A month or a year that ends a phrase "since" opens ("the worst attack on the town since the
start of the revolt in March 2011", "since Moscow's intervention in September 2015") is
when a period began, not the day of the event the sentence retells: it neither dates that event
nor keeps it apart from the incident told before (`dating._since_dates`). An event word inside
the phrase is history told with its own date ("since rebels seized the east in 2012")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 5, 24)  # a Tuesday


def dated(text: str, published: date | None = PUB) -> list[tuple[str | None, str | None]]:
    """(date_start, date_end) of each event, ISO strings."""
    return [(e.date_start, e.date_end) for e in extract(text, published=published, language="en")]


BLAST = "A car bomb killed six people at a checkpoint in the town of Jableh on Monday. "


def test_the_start_of_a_revolt_does_not_date_the_attack_retold():
    got = dated(BLAST + "This is the first bomb attack to strike Jableh since the start of the "
                        "revolt in March 2011.")
    assert got == [("2016-05-23", "2016-05-23")]


def test_without_a_publication_date_the_retold_attack_is_still_no_attack_of_2011():
    got = dated(BLAST + "It was the deadliest attack to hit Jableh since the start of the revolt "
                        "in March 2011.", published=None)
    assert len(got) == 1 and not (got[0][0] or "").startswith("2011")


def test_an_event_told_inside_the_since_phrase_keeps_its_year():  # twin
    got = dated("Loyalist forces have held the western districts since rebels seized the east "
                "in 2012.")
    assert ("2012-01-01", "2012-12-31") in got


def test_a_month_before_since_still_dates_its_event():  # twin
    got = dated("A bomb killed nine people in the town of Jableh in March 2016, the first attack "
                "there since the truce.")
    assert got == [("2016-03-01", "2016-03-31")]
