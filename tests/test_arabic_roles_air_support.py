"""Actor roles and types (issue 8) of a ground offensive with air support: the aircraft named
after a cue of support ("بدعم من طيران التحالف", "بغطاء جوي كثيف من مقاتلات التحالف", "المسنودة
بطيران التحالف") back a ground force — its offensive is no air strike, the ground force acts and
the air force stands with it, never the side hit by its own "من". Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_an_offensive_backed_by_aircraft_is_the_ground_force_s():
    events = ev("وشنت قوات الجيش الوطني بدعم من طيران التحالف هجوما واسعا صباح أمس على مواقع "
                "المتمردين الحوثيين في مديرية كرش بمحافظة لحج.")
    assert events
    assert all(e.event_type != "airstrike" for e in events)
    assert roles_of(events, "Yemeni government forces") == {"actor1"}
    assert roles_of(events, "Saudi-led coalition") == {"associated"}


def test_air_cover_named_after_the_attackers_makes_no_air_strike():
    events = ev("وانتهت المعارك بعد هجوم نفذته المقاومة الشعبية مدعومة بغطاء جوي كثيف من مقاتلات "
                "التحالف العربي على معسكر الحوثيين في مديرية الوازعية أمس.")
    assert events
    assert all(e.event_type != "airstrike" for e in events)
    assert roles_of(events, "Saudi-led coalition") == {"associated"}


def test_the_air_force_behind_a_capture_is_not_the_side_that_lost_it():
    events = ev("وتمكنت المقاومة الشعبية من تحرير مدينة الحوطة من الميليشيات الحوثية أمس، مسنودة "
                "بغطاء جوي من طيران التحالف العربي.")
    assert events
    assert "actor2" not in roles_of(events, "Saudi-led coalition")
    assert roles_of(events, "Houthis") == {"actor2"}


def test_warplanes_that_strike_on_their_own_still_strike():
    # (a guard, right on main too: no cue of support, the aircraft did it)
    events = ev("وشنت طائرات التحالف العربي أمس غارات جوية مكثفة على مواقع الحوثيين في مديرية كرش.")
    assert events
    assert any(e.event_type == "airstrike" for e in events)
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
