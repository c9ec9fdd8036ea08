"""Actor roles (issue 8) of the side ground was taken from: "من سيطرة X", "من قبضة X", "من أيدي
X" — X held the ground and lost it, whoever took it and whatever word tells the taking, even
when the word of holding is the only event word ("سيطرة X" alone names who took control).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_town_freed_from_the_control_of_a_side_was_lost_by_it():
    events = ev("وقال مسؤول محلي إنه تم تحرير ثلاثة أحياء في مدينة بيجي من سيطرة تنظيم داعش أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_an_offensive_to_free_a_town_from_a_side_has_the_attacker_act():
    events = ev("وأكد ضابط أن القوات الأمنية باشرت بعملية عسكرية لتحرير ناحية الكرمة من سيطرة "
                "تنظيم داعش أمس.")
    assert events
    assert "actor1" not in roles_of(events, "Islamic State")
    assert "actor1" in roles_of(events, "Iraqi security forces")


def test_the_side_that_seized_a_town_from_another_keeps_its_part():
    """A guard: "انتزع X السيطرة على المدينة من يد Y" (passes on main too)."""
    events = ev("وانتزع تنظيم داعش السيطرة على بلدة القريتين من يد القوات الحكومية الأسبوع الماضي.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, "Syrian Arab Army") == {"actor2"}
