"""Actor roles (issue 8) of a movement told by its noun: the side named right after the noun,
after a count and "من" perhaps ("فرار مئات من عناصر داعش", "هروب العشرات من قيادات التنظيم"),
is who moved — never the side that announced it before the noun ("أعلن الجيش فرار …"), which
speaks. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 10)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_fighters_counted_after_a_word_of_flight_fled():
    events = ev("وأعلنت قوات البيشمركة أمس فرار مئات من عناصر داعش من قرى جنوب سنجار.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert "actor1" not in roles_of(events, "Peshmerga")


def test_leaders_named_after_a_noun_of_escape_escaped():
    events = ev("وكشف قائد عمليات الأنبار في الجيش العراقي عن هروب العشرات من قيادات تنظيم داعش "
                "من مدينة الرمادي إلى الموصل أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_a_side_that_announces_its_own_advance_moves():
    """A guard (passes on main too): "أعلن X تقدم قواته" — X's forces advance."""
    events = ev("وأعلنت قوات البيشمركة أمس تقدم قواتها نحو بلدة سنجار.")
    assert events
    assert roles_of(events, "Peshmerga") == {"actor1"}
