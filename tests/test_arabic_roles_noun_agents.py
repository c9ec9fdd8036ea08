"""Actor roles (issue 8) when a shelling is told as a noun in the circumstance of a toll: "قتل
مدنيان في قصف لميليشيات X", "أصيب 5 بقصف عشوائي لـX" — the group tied by ل to the noun shelled,
even where the noun could be read as a verb. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_civilians_killed_in_a_shelling_of_a_group_were_shelled_by_the_group():
    events = ev("وقتل مدنيان أمس في قصف عشوائي لميليشيات الحوثي وقوات المخلوع صالح على أحياء "
                "سكنية في مدينة تعز.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert "actor1" not in roles_of(events, "Saleh loyalist forces")


def test_civilians_wounded_by_a_shelling_of_a_group_were_shelled_by_the_group():
    events = ev("وقتل ثلاثة مدنيين وأصيب عشرة آخرون أمس بقصف عشوائي للحوثيين على أحياء مدينة تعز.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
