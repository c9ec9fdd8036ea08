"""Roles (issue 8): who fled is the flight's actor, not the side whose advance they fled.

"هرب عدد من قادة التنظيم من الفلوجة إلى سورية بعد تقدم القوات الأمنية": both words of
movement of the clause were one candidate, and the advancing forces — named right after their
noun — took the move, the fleeing group its side hit. A word of movement right after a word
of circumstance ("بعد", "إثر"; a noun there, even when its letters spell a verb too, "تقدم"),
with a movement told before it in the clause, is the move the first one followed: a candidate of
its own (trigger_filters `_move_it_followed`). When both are told at one place and day they stay
one event (one id), which now reads as the clause's own deed, the flight.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_gunmen_fled_after_the_iraqi_advance():
    events = ev("وقال المصدر إن عشرات من مسلحي داعش هربوا من بلدة الكرمة إلى الفلوجة بعد تقدم القوات العراقية.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_houthis_fled_upon_the_resistances_advance():
    events = ev("وهرب عشرات من مسلحي الحوثي من مدينة التربة إثر تقدم قوات المقاومة في الأحياء الشرقية.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_the_front_fled_after_the_regimes_advance():
    events = ev("وفرت عناصر جبهة النصرة من بلدة بنش إلى سراقب بعد تقدم قوات النظام في ريف إدلب.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor1"}


def test_civilians_fled_before_the_advance_of_the_army():
    """A guard (passes on a6c6de3 too): civilians fleeing move no side — the advance is the
    army's."""
    events = ev("ونزح مئات المدنيين من بلدة بنش بعد تقدم قوات النظام نحو البلدة.")
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}
