"""Which actor "التنظيم" (the organisation) refers back to (issue 8): the last armed group named
before it that the press calls an organisation — never the Houthis, Hezbollah, Hamas, the
Taliban or Boko Haram (a group, a party or a movement: "الجماعة", "الحزب", "الحركة"), nor
gunmen with no name; with none, it names no actor. Al-Qaeda's men and leaders name it even
where bare "القاعدة" is a base ("عناصر القاعدة"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_organisation_after_the_houthis_is_not_the_houthis():
    events = ev("تقدمت ميليشيات الحوثي نحو محافظة شبوة الأسبوع الماضي. وقتلت طائرة أميركية بدون طيار "
                "أمس ثلاثة من قيادات التنظيم في مدينة المكلا.")
    strikes = [e for e in events if e.event_type == "airstrike"]
    assert strikes
    assert not roles_of(strikes, "Houthis")


def test_the_organisation_after_al_qaeda_is_al_qaeda():
    events = ev("قال مسؤول يمني إن عناصر القاعدة انسحبوا من بلدة عزان. وقتلت طائرة أميركية بدون طيار "
                "أمس قياديا في التنظيم في مدينة المكلا.")
    strikes = [e for e in events if e.event_type == "airstrike"]
    assert strikes
    assert roles_of(strikes, "Al-Qaeda") == {"actor2"}


def test_the_men_of_al_qaeda_name_it():
    events = ev("قتل ثلاثة من عناصر القاعدة في غارة لطائرة أميركية بدون طيار على سيارة في محافظة "
                "شبوة.")
    assert roles_of(events, "Al-Qaeda") == {"actor2"}
