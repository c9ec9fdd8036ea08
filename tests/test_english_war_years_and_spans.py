"""A year that names the war or uprising an event happened in ("in the 1967 war", "during the
1967 Six Day War") dates that event: the seizure of a land then is history, not today's news
(en/dates.yaml ``year_nouns``). A count ("the 2000 fighters") and a year after other words
("before the 2011 war") date nothing. A clause opened by "when" right after a span of days
happened on the span's last day ("from April 2 to April 9, when the army retook the hill";
en/dates.yaml ``span_end_links``), and "until May 21" is that day, not the month of May. A
weekday whose possessive lost its apostrophe ("Thursdays raid") is that day
(``weekday_possessive``), not a habit ("on Thursdays")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 7, 29)
NEWS = "An Israeli drone killed four fighters in Quneitra on Wednesday. "


def seizure(text: str):
    (e,) = [e for e in extract(NEWS + text, published=PUB, language="en")
            if e.event_type == "territory_change"]
    return e


def test_a_land_taken_in_a_named_war_is_history():
    e = seizure("Israel seized the plateau from Syria in the 1967 Six Day War.")
    assert e.date_start == "1967-01-01" and e.background


def test_a_land_taken_during_a_war_of_a_year():
    e = seizure("Israel captured the plateau from Syria during the 1967 war.")
    assert e.date_start == "1967-01-01" and e.background


def test_a_year_told_plainly_as_before():  # twin: as before
    e = seizure("Israel seized the plateau from Syria in 1967.")
    assert e.date_start == "1967-01-01" and e.background


def dates_of(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(e.date_start, e.date_end) for e in extract(text, published=date(2016, 12, 1),
                                                         language="en") if e.event_type == kind]


def test_a_when_clause_after_a_span_is_its_last_day():
    got = dates_of("Rebels besieged the garrison from April 2 to April 9, when the army retook "
                   "the hill after clashes that killed 14.", "territory_change")
    assert got == [("2016-04-09", "2016-04-09")]


def test_a_day_after_until_is_a_day_not_its_month():
    got = dates_of("Jihadists held the town until May 21, when the army recaptured it.",
                   "territory_change")
    assert got == [("2016-05-21", "2016-05-21")]


def test_a_when_clause_after_one_day_as_before():  # twin: as before
    got = dates_of("The truce held on May 21, when jets bombed the town of Saraqeb, killing "
                   "9 people.", "airstrike")
    assert got == [("2016-05-21", "2016-05-21")]


def test_a_weekday_possessive_without_its_apostrophe_is_that_day():
    got = dates_of("Thursdays raid on the market killed 14 people, medics said.", "airstrike")
    assert got == [("2016-12-01", "2016-12-01")]


def test_a_weekday_habit_is_no_day():  # guard: as before
    got = dates_of("Jets bomb the market on Thursdays, and one raid killed 14 people.", "airstrike")
    assert got and got[0][0] != "2016-12-01"
