"""Allies named after a side (issue 8): "المسلحون الحوثيون والقوات الموالية لصالح" — a body of
fighters joined by و right after a side, loyal to X, makes X that side's ally (it fought with it,
or was hit with it), not the side hit by its ل; "مسنودة بقوات المقاومة وطيران التحالف" — a second
ally joined by و to the first is an ally too (not between the ends of a fight: "بين X مدعومين
بقوات Y وZ"). "وفرته" (provided it) is no flight. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_forces_loyal_to_saleh_fight_beside_the_houthis():
    events = ev("كثف المسلحون الحوثيون والقوات الموالية للرئيس المخلوع هجماتهم على مدينة مأرب "
                "أمس بغية اقتحامها.")
    assert events
    assert "actor1" in roles_of(events, "Houthis")
    assert "actor2" not in roles_of(events, "Saleh loyalist forces")


def test_a_second_supporter_joined_by_and_is_an_ally():
    events = ev("استكملت قوات الجيش الوطني مسنودة بقوات المقاومة الشعبية وطيران التحالف العربي، أمس، "
                "السيطرة على مدينة لودر بعد معارك مع ميليشيات الحوثي.")
    assert events
    assert roles_of(events, "Yemeni government forces") == {"actor1"}
    assert "actor1" not in roles_of(events, "Saudi-led coalition")


def test_the_other_end_of_a_fight_is_no_ally():
    """Guard: "بين X مدعومين بقوات Y وZ" — Z is the other side."""
    events = ev("تدور مواجهات عنيفة منذ أيام بين الحوثيين مدعومين بقوات صالح والمقاومة الشعبية في "
                "مدينة تعز.")
    assert events
    assert "associated" not in roles_of(events, "Yemeni government forces")


def test_aircraft_that_provided_cover_did_not_move():
    events = ev("تقدمت المقاومة الشعبية أمس نحو مدينة زنجبار تحت غطاء جوي كثيف وفرته مقاتلات "
                "التحالف العربي.")
    moves = [e for e in events if e.event_type == "movement"]
    assert moves
    assert "actor1" not in roles_of(moves, "Saudi-led coalition")
