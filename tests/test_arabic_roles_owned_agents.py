"""Actor roles (issue 8) of a force named by its owner after a relative agent cue:
"بقذيفة أطلقتها كتيبة المدفعية التابعة للحلف", "بصاروخ أطلقته قوة تابعة للجيش" — the owner
of the force that fired acts; its ل after the word of belonging is no mark of the side hit.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_owner_of_the_force_that_fired_acts():
    events = ev("وقتل أمس ثلاثة جنود أفغان وأصيب خمسة آخرون بقذيفة أطلقتها كتيبة المدفعية التابعة "
                "للحلف الأطلسي قرب مدينة قندهار.")
    assert events
    assert roles_of(events, "NATO") == {"actor1"}
    assert roles_of(events, "Afghan security forces") == {"actor2"}


def test_stores_owned_by_a_side_after_a_strike_are_still_hit():
    # (a guard, right on main too: no relative agent cue, the owner of what was hit was hit)
    events = ev("ودمرت غارات التحالف أمس مخازن أسلحة تابعة للحوثيين في محافظة صعدة.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
