"""Actors named by the article (issue 8): "the organisation" qualified as hardline or extremist
("التنظيم المتشدد", "مقاتلو التنظيم") is an armed group even when no group is named before it —
the one named before when there is one, else the Islamic State, as "التنظيم الإرهابي" is. Bare,
"التنظيم" still needs a group named before it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_hardline_organisation_acts_with_no_group_named_before():
    events = ev("وأعدم التنظيم المتشدد أمس ثلاثة رجال في مدينة الرقة بتهمة التجسس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_fighters_of_the_organisation_act_with_no_group_named_before():
    events = ev("ولم يتمكن الجيش من الدفاع عن مدينة تدمر عندما اجتاحها مقاتلو التنظيم في مايو.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_a_bare_organisation_with_no_group_named_is_no_actor():
    # (a guard, right on main too): "في التنظيم" of a festival is its organising
    events = ev("وشارك مئات الشباب في التنظيم والإشراف على مهرجان الرياض أمس.")
    assert roles_of(events, "Islamic State") == set()
