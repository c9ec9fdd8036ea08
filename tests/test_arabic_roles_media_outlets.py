"""Actor roles (issue 8) of a side's media outlet: "قناة X التابعة للحوثيين", "وكالة الأنباء
الموالية للنظام" — a side that owns the channel, agency or paper that reports an event only
speaks through it (roles.yaml ``spoken_for`` ``outlets``): it is no side hit of the strikes its
channel reports, and the outlet's name ("المسيرة" is also a drone) is no weapon it wields. As a
speaker it acts only by its own men ("بأن مسلحيها زرعوا الألغام"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_owner_of_the_channel_that_reports_a_strike_is_not_hit():
    events = ev("وذكرت قناة المسيرة الفضائية التابعة للحوثيين أن غارات للتحالف دمرت جسرا في محافظة "
                "حجة أمس.")
    assert events
    assert roles_of(events, "Houthis") == set()


def test_a_store_owned_by_a_side_is_still_the_side_hit():
    """A guard: a thing owned that can be hit keeps its owner hit (passes on main too)."""
    events = ev("ودمرت طائرات التحالف مستودعات ذخيرة تابعة للحوثيين في محافظة حجة أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_the_owner_of_the_channel_acts_by_its_own_men():
    """A guard: the owner that tells of its own men's deed did it (passes on main too)."""
    events = ev("واعترفت قناة المسيرة التابعة للحوثيين بأن مسلحيها زرعوا الألغام في محافظة أبين قبل "
                "انسحابهم منها.")
    assert roles_of(events, "Houthis") == {"actor1"}


def test_a_position_owned_by_a_side_is_no_outlet():
    """A guard: "موقع" is a position as often as a website — its owner was hit (passes on main)."""
    events = ev("وقصفت الطائرات الإسرائيلية موقع الشهداء التابع لكتائب القسام في وسط قطاع غزة أمس.")
    assert roles_of(events, "Hamas") == {"actor2"}
