"""When a truce was made is not when the strikes that broke it fell: "Air strikes have battered
Idlib despite a ceasefire that Turkey and Russia brokered in December" dated the strikes in
December. A date after an agreement's noun and a verb of making it, a few words on and no stop
between (en/dates.yaml ``agreed``: a ceasefire … brokered, the truce agreed, a truce declared
last week), dates the agreement; the strikes take no date from it (undated: reported by the
day of the article). An agreement told there keeps its own date."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)  # a Tuesday


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, str(e.date_start) if e.date_start else None,
             str(e.date_end) if e.date_end else None)
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Syrian and Russian air strikes have battered Idlib despite a ceasefire that Turkey and Russia "
    "brokered in December.",
    "Government jets have pounded the town of Douma despite a truce that Iran and Russia agreed "
    "in March.",
    "Regime helicopters dropped barrel bombs on Daraya in the latest violation of a truce "
    "declared last week.",
])
def test_the_truce_lends_the_strikes_no_date(text):
    assert _dates(text) == [("airstrike", None, "2016-05-10")]


def test_the_strikes_own_day_stands():
    """Guard: the day the strikes are told with is theirs."""
    assert _dates("Regime helicopters dropped barrel bombs on Daraya on Monday in the latest "
                  "violation of the truce agreed in February.") == [
        ("airstrike", "2016-05-09", "2016-05-09")]


def test_an_agreement_keeps_its_day():
    """Guard: the agreement itself is dated by its day."""
    assert _dates("The army and rebel groups agreed a ceasefire in the town of Zabadani on "
                  "Monday.") == [("agreement", "2016-05-09", "2016-05-09")]


def test_fighting_told_going_on_since_the_truce_starts_then():
    """Guard: "has continued since then" points back to the truce's day: the shelling went on
    from it."""
    assert _dates("A ceasefire in Aleppo announced by Russia on Thursday has had little impact "
                  "and shelling has continued in and around the city since then.") == [
        ("shelling", "2016-05-05", "2016-05-05")]
