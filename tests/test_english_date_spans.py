"""A span of days across months or years, opened by "between" or "from" ("between Nov. 3 and
Nov. 6", "from Dec. 28 to Jan. 3"), dates an event from its first day to its last (en/dates.yaml
``span_openers``, ``span_joiners``); a month's short form is never a place ("Nov" in Israel)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2017, 1, 10)


def dated(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date_start, e.date_end,
             e.location.name if e.location else None)
            for e in extract(text, published=DAY, language="en")]


def test_between_two_days_of_short_months():
    assert dated("Medics said 30 people died in shelling on Douma between Nov. 3 and Nov. 6.") == [
        ("2016-11-03", "2016-11-06", "Douma")]


def test_from_one_year_into_the_next():
    assert dated("Government shelling of Daraa from Dec. 28 to Jan. 3 killed 40 civilians.") == [
        ("2016-12-28", "2017-01-03", "Daraa")]


def test_day_first_span_with_its_year():
    assert dated("Russian jets struck Idlib between 30 September 2015 and 2 October 2015, "
                 "killing 12 civilians.") == [("2015-09-30", "2015-10-02", "Idlib")]


def test_one_day_stays_one_day():  # twin: as before
    assert dated("Rebels shelled Aleppo on Nov. 3, killing four civilians.") == [
        ("2016-11-03", "2016-11-03", "Aleppo")]
