"""A date that says who a side is dates no event of the sentence's news: "The Russian air force
which began its campaign in Syria last September said it had carried out 40 air strikes on
Palmyra" dated the strikes to September of the year before. A date a few words after a
relative pronoun that follows an armed side, no punctuation between, with the side's verb of
saying after it, lies in words describing the speaker (`clauses.side_relative`;
`dating._dates_another`): it dates no event of what the speaker says."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _dates(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(e.date_start and str(e.date_start), e.date_end and str(e.date_end))
            for e in extract(text, published=DAY, language="en") if e.event_type == kind]


@pytest.mark.parametrize("text, kind", [
    ("The Russian air force which began its campaign in Syria last September said it had carried "
     "out 40 air strikes on Palmyra.", "airstrike"),
    ("The Kurdish militia which seized Tal Abyad in June 2015 said it had shelled IS positions "
     "near Ain Issa.", "shelling"),
])
def test_the_side_s_history_does_not_date_the_news(text, kind):
    dates = _dates(text, kind)
    assert dates and all(s is None or s >= "2016-05" for s, _ in dates), dates


def test_a_date_of_the_news_itself_stays():
    """Guard: the main clause's own date dates it."""
    assert _dates("The Russian air force which began its campaign in Syria last September "
                  "carried out 40 air strikes on Palmyra on Monday.", "airstrike") == [
        ("2016-05-09", "2016-05-09")]
