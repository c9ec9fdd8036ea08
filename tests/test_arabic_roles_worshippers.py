"""Actor roles and type (issue 8) of a bombing of worshippers: the side named after a house of
prayer that was hit ("تفجير استهدف مسجد قوات الطوارئ", "مسجدا تابعا للشرطة") owns it — its men
were hit at prayer, it is never the bomber, and no battle was fought (an attack, not a clash);
and a side busy with a deed that is no event word when the blow fell ("حدث تفجير أثناء قيام
منسوبي الشرطة بأداء الصلاة") was hit. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_bombing_of_a_forces_mosque_is_an_attack_on_them():
    events = ev("وأدانت الجمعية العمل الإجرامي الذي استهدف مسجدا بمقر قوات الطوارئ الخاصة في "
                "مدينة أبها أمس.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}
    assert {e.event_type for e in events} == {"attack"}


def test_the_forces_busy_at_prayer_when_the_bomb_went_off_were_hit():
    events = ev("وأوضح المتحدث أنه حدث تفجير أثناء قيام أفراد من قوات الطوارئ الخاصة بأداء صلاة "
                "العصر في مقر القوة بمحافظة خميس مشيط، نتج عنه استشهاد أربعة.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}


def test_forces_busy_with_a_raid_acted():
    """A guard: "خلال قيام قوات الأمن بعملية دهم" names a deed after the forces (passes on
    main too)."""
    events = ev("وقتل مسلحان خلال قيام قوات الأمن بعملية دهم في حي الرمال بمدينة العريش.")
    assert events
    assert "actor2" not in roles_of(events, "Egyptian armed forces")
