"""Actor roles (issue 8): an air force is never the target of its own strike — but the base or
convoy it owns can be struck by others ("شن متشددون هجوما على قاعدة عسكرية تابعة لقوات
التحالف"): the owner of what was hit is the side hit, whatever its arm. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 9)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_coalition_base_attacked_by_militants_makes_the_coalition_the_side_hit():
    events = ev("وقال مسؤول أفغاني إن ثلاثة متشددين شنوا هجوما بسيارة مفخخة أمس على قاعدة "
                "عسكرية تابعة لقوات التحالف قرب مدينة جلال آباد.")
    assert events
    assert roles_of(events, "US-led coalition") == {"actor2"}


def test_the_coalition_that_raids_depots_owned_by_a_militia_still_strikes():
    """A guard (passes on main too): the depots' owner is hit, the air force acts."""
    events = ev("وشنت طائرات التحالف أمس غارات على مخازن أسلحة تابعة للحوثيين في محافظة صعدة.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}


def test_aircraft_owned_by_the_coalition_act_for_it():
    """A guard (passes on main too): what the air force owns is its weapon, not its loss."""
    events = ev("وقصفت طائرات تابعة للتحالف الدولي أمس مواقع لتنظيم داعش قرب مدينة الرقة.")
    assert events
    assert roles_of(events, "US-led coalition") == {"actor1"}


def test_warships_owned_by_the_coalition_act_for_it():
    """A guard for the rule above (passes on main too): warships are a body that acts."""
    events = ev("ودمرت البوارج الحربية التابعة لقوات التحالف أمس ستة زوارق تابعة لميليشيات "
                "الحوثي قبالة سواحل مدينة المخا.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}
