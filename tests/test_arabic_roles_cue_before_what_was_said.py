"""Roles: a target cue before "أن"/"إن" reaches no side after it — "شدد على أن القوات المسلحة
دمرت", "قال المركز إن المقاومة تمكنت من طرد".

"على" and "مركز" mark the side hit when it follows them ("هجوم على الجيش", "قصف مركز للشرطة");
two words on, across the particle that opens what was said, the side is the reported clause's
subject: the armed forces that destroyed, the resistance that drove out. They were read as hit,
and the side they hit as the actor (roles.yaml ``target_breaks``, `role_cues.target_cue`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_centre_said_the_resistance_drove_the_rebels_out():
    events = ev("وقال المركز إن المقاومة الشعبية تمكنت من طرد المتمردين الحوثيين من مواقع عدة في مديرية لودر.")
    assert roles_of(events, "Yemeni government forces") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}


def test_stressing_that_the_saudi_forces_destroyed_positions():
    events = ev("وشدد المتحدث على أن القوات المسلحة السعودية دمرت مواقع للمتمردين الحوثيين في جازان.")
    assert roles_of(events, "Saudi armed forces") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}


def test_confirming_that_the_resistance_advances():
    events = ev("وأكد الوزير على أن المقاومة الشعبية تتقدم نحو مدينة تعز.")
    assert roles_of(events, "Yemeni government forces") == {"actor1"}


def test_stressing_that_the_iraqi_army_shelled():
    events = ev("وأكد القائد على أن الجيش العراقي قصف مواقع داعش في الفلوجة.")
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_cue_right_before_the_side_still_marks_it_hit():
    """A guard (passes on 236971f too): with no particle between, "على" names the side hit."""
    events = ev("وشنت طائرات التحالف غارات على الحوثيين في صعدة.")
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}
