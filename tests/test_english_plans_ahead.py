"""A plan dated by a month with no year ("the rebels will march on Raqqa in March", told in
October) is the next such month, not the last one: "will attack in December" is this December
(events.extract.dating ``_month_ahead``). A month told before the plan's word dates the saying
("said in March it will attack"), a month after another event word dates that event, and a
month with its year written, or a deed's month, stays as told."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 10, 8)


def dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.modality, e.date_start, e.date_end)
            for e in extract(text, published=DAY, language="en")]


def test_a_plan_in_a_month_gone_by_this_year_is_next_years():
    assert dates("Kurdish fighters will attack Raqqa in February, their commanders said.") == [
        ("planned", "2017-02-01", "2017-02-28")]


def test_a_part_of_a_month_moves_with_it():
    assert dates("The army will attack Palmyra in early May, an officer said.") == [
        ("planned", "2017-05-01", "2017-05-10")]


def test_a_plan_in_a_month_still_to_come_is_this_years():
    assert dates("The army will attack Palmyra in December, an officer said.") == [
        ("planned", "2016-12-01", "2016-12-31")]


def test_a_month_with_its_year_is_unchanged():  # twin
    assert dates("The army will attack Palmyra in February 2016, an officer said.")[0][1] == \
        "2016-02-01"


def test_a_deed_in_a_month_gone_by_is_unchanged():  # twin
    assert dates("Kurdish fighters stormed Raqqa in February, commanders said.")[0][1:] == (
        "2016-02-01", "2016-02-29")
