"""Actor roles (issue 8) of a side stationed where a blow fell: "قصف مناطق تتمركز فيها مليشيات
الحوثيين", "القرية التي يسيطر عليها التنظيم", "البلدتين اللتين يتحصن فيهما المسلحون" — the
subject of a verb of being stationed or holding, whose pronoun points back at the place hit,
was hit there; it did not strike (it had been the actor1 of unnamed aircraft's strikes on it).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_militias_stationed_in_the_areas_bombed_were_hit():
    events = ev("وواصلت المقاتلات أمس قصف مناطق في محافظة لحج تتمركز فيها مليشيات الحوثيين.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_a_village_held_by_the_organisation_was_its():
    events = ev("وقال المرصد السوري إن القصف استهدف أمس قرية يسيطر عليها تنظيم داعش في ريف "
                "حلب الشرقي.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_the_side_named_before_its_verb_of_holding_was_hit():
    events = ev("وقصفت الطائرات الحربية أمس مدينة الرمادي التي ما زال مسلحو داعش يتحصنون فيها.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}
