"""Roles (issue 8): sides joined by و between a word of doing and a ب-noun act together, the
first named first.

"منذ قيام جماعة الحوثي والمخلوع صالح بالسيطرة على مدينة عدن": a verb's sides joined by و are
its joint subject, the first named acting (`role_sides.joint_subject`), but the event noun
carried by "قيام"/"قام" with its ب was no verb, so the side named last before it — Saleh's
forces — took actor1 and the Houthis stood as their associate. A word of doing (roles.yaml
``deed_carriers``) right before the sides, their member words between at most, makes the ب-noun
right after them read as their verb would.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
HOUTHIS, SALEH, YEMEN_GOV = "Houthis", "Saleh loyalist forces", "Yemeni government forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_since_the_houthis_and_saleh_took_a_city():
    events = ev("ويعد هذا أول لقاء منذ قيام جماعة الحوثي والمخلوع صالح بالسيطرة على مدينة تعز.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}
    assert roles_of(events, SALEH) == {"associated"}


def test_the_rebels_and_saleh_s_men_seized_a_bank():
    events = ev("وأدانت الوزارة قيام المتمردين الحوثيين وأنصار صالح بالاستيلاء على مقر البنك المركزي في صنعاء.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}
    assert roles_of(events, SALEH) == {"associated"}


def test_seizing_the_army_s_camps():
    events = ev("ومنذ قيام الحوثيين وقوات المخلوع بالاستيلاء على معسكرات الجيش في محافظة عمران اليمنية.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}
    assert roles_of(events, SALEH) == {"associated"}


def test_one_side_before_the_noun_and_its_target_after():
    """A guard (passes on main too): one side carried, the side after the noun is hit."""
    events = ev("وجاء ذلك بعد قيام الحوثيين بقصف مواقع المقاومة الشعبية في مدينة تعز.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}
    assert roles_of(events, YEMEN_GOV) == {"actor2"}
