"""Actor roles (issue 8): "بحق X" — the blow was dealt against X.

"ضربات قاتلة بحق قيادات التنظيم", "غارات بحق مسلحي داعش", "مجزرة بحق أنصار الحزب": the side
after "بحق" (a member word between at most) was hit, like after "على" or "ضد" (roles.yaml
``target_cues``). It had been read as the subject after the event noun: the drones' strikes on
al-Qaeda's leaders were al-Qaeda's. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_drone_strikes_against_the_groups_leaders_hit_the_group():
    events = ev("ونفذت طائرات بدون طيار أمس ضربات قاتلة بحق قيادات تنظيم القاعدة في مدينة المكلا.")
    assert events
    assert roles_of(events, "Al-Qaeda") == {"actor2"}


def test_raids_against_is_fighters_hit_them():
    events = ev("وشن الطيران الحربي أمس غارات مكثفة بحق مسلحي داعش في مدينة الرمادي.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_massacre_against_civilians_keeps_its_author():
    """A guard (passes on main too): the group before the event word carried it out."""
    events = ev("وارتكبت ميليشيات الحوثي أمس مجزرة بحق المدنيين في حي الجحملية بمدينة تعز.")
    assert roles_of(events, "Houthis") == {"actor1"}
