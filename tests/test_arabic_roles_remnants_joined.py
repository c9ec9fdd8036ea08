"""Actor roles (issue 8): "وفلول X" right after a side ("ميليشيات التمرد الحوثي وفلول المخلوع
صالح") names one more side of the phrase, which stands or falls with the first — the word of
remnants is no cue of a target of its own there (`role_cues.joined_remnants`,
`role_sides.companions`); after a preposition of attack both sides were hit. Sentences written
for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)
SALEH = "Saleh loyalist forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_remnants_joined_to_the_side_that_plans_a_massacre_plan_it_with_it():
    events = ev("كشفت الوزيرة عن مذبحة مروعة كانت ميليشيات التمرد الحوثي وفلول المخلوع صالح تنوي "
                "ارتكابها في مدينة تعز.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert "actor2" not in roles_of(events, SALEH)


def test_remnants_joined_to_the_side_attacked_were_attacked_with_it():
    """A guard (passes on main too): after "هجوما على" both sides of the phrase were hit."""
    events = ev("شنت المقاومة هجوما على ميليشيات التمرد الحوثي وفلول الرئيس المخلوع صالح في "
                "مدينة تعز أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
    assert roles_of(events, SALEH) == {"actor2"}
