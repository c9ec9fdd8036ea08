""""قضى" means "died" and "spent": a span of time right after its count ("قضى 300 مسافر
ثلاث ساعات في المطار") is how long people spent, no death toll. Every sentence is written for
these tests; the twin still counts the dead."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_travellers_who_spent_hours_waiting_are_no_dead():
    assert not ev("وقضى 300 مسافر أمس ساعات طويلة في صالة المطار بعد إلغاء الرحلات.")


def test_pilgrims_who_spent_two_nights_outdoors_are_no_dead():
    assert not ev("قضى 150 حاجا ليلتين في العراء بعد تعطل الحافلات على الطريق.")


def test_people_who_died_in_shelling_are_still_counted():
    [shelling] = ev("وقضى 12 مدنيا أمس في قصف مدفعي على المدينة.")
    assert [(c.category, c.best) for c in shelling.claims] == [("killed", 12)]
