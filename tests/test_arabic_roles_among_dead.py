"""Actor roles (issue 8) of a side whose men are counted among the dead or hurt: "زار الأمير
الجرحى من منسوبي قوات الأمن … التفجير الذي استهدف مقر قوات الأمن" names the forces hit, never
the bombers, whatever the order. And the Saudi special emergency forces are named without
"الخاصة" too ("مسجد قوة الطوارئ"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_side_whose_wounded_are_visited_before_the_blow_is_no_author():
    events = ev("وزار المحافظ الجرحى من منسوبي قوات الطوارئ الخاصة في المستشفى، إثر التفجير الذي "
                "استهدف مسجد قوات الطوارئ الخاصة في أبها، وأسفر عن استشهاد خمسة.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}


def test_the_emergency_force_without_its_adjective_is_the_side_hit():
    events = ev("وأدان المجلس التفجير الانتحاري الذي استهدف مسجد قوة الطوارئ في منطقة عسير أمس.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}


def test_a_side_that_struck_and_is_named_again_keeps_its_part():
    """A guard: the author named twice, the side hit once (passes on main too)."""
    events = ev("وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة، وقال التحالف إن الغارات "
                "دمرت مخازن أسلحة.")
    assert events
    assert "actor1" in roles_of(events, "Saudi-led coalition")
    assert "actor1" not in roles_of(events, "Houthis")
