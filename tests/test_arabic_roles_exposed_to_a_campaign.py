"""Roles: a side exposed to a campaign, a series or an operation of blows was hit — "أن مقاتلي
حزب العمال يتعرضون لسلسلة غارات عنيفة في جبال قنديل".

The subject of a verb of exposure ("يتعرض", "تعرضت") was read as hit only when the ل stood on
the event word itself ("تعرضت الدورية لهجوم"); with a word of an operation between ("لحملة
قصف", "لسلسلة غارات", "لعملية استنزاف … جراء": roles.yaml ``exposure_operations``), the side
stood alone in the slot of who acts — the party raided itself (`role_struck.exposed`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 31)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_party_exposed_to_a_series_of_raids():
    events = ev("وذكر أن مقاتلي حزب العمال الكردستاني يتعرضون لسلسلة غارات عنيفة في جبال قنديل.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor2"}


def test_nusra_fighters_exposed_to_a_campaign_of_shelling():
    events = ev("وأضاف أن مسلحي جبهة النصرة يتعرضون لحملة قصف في ريف إدلب.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}


def test_the_rebels_exposed_to_an_operation_of_attrition():
    events = ev("وأكد أن الانقلابيين يتعرضون لعملية استنزاف يومية جراء ضراوة المقاومة الشعبية في محافظة الضالع.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_positions_exposed_to_raids_by_the_coalition():
    """A guard (passes on 236971f too): the striking air force named after the blow acts."""
    events = ev("وقال إن مواقع تنظيم داعش في الرمادي تتعرض لحملة قصف جوي مكثفة من طيران التحالف الدولي.")
    assert roles_of(events, "US-led coalition") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}
