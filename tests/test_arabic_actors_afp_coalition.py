"""Actors (issue 8): "الائتلاف الدولي" is the international coalition, as "التحالف الدولي" is.

AFP's Arabic wire spells the US-led coalition "الائتلاف الدولي بقيادة أميركية"; the words named
no actor, so a strike it carried out had none — or the group whose road was hit, read as its
subject, struck its own bridges. The name, its aircraft and its forces are now the same
contextual name as "التحالف الدولي" (actors.yaml): the US-led coalition, the Arab one in
Yemen's news. The bare "الائتلاف" (Syria's opposition coalition) stays no actor.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
US_LED = "US-led coalition"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_coalition_led_by_america_strikes_the_group():
    events = ev("ونفذ الائتلاف الدولي بقيادة أميركية أمس تسع غارات على مواقع لتنظيم داعش قرب مدينة الميادين.")
    assert events
    assert roles_of(events, US_LED) == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_the_coalitions_aircraft_hit_a_bridge():
    events = ev("واستهدفت طائرات الائتلاف الدولي جسرا على نهر الفرات قرب مدينة البوكمال أمس.")
    assert events
    assert roles_of(events, US_LED) == {"actor1"}


def test_the_coalitions_forces_named_with_their_raid():
    events = ev("وقالت مصادر إن قوات الائتلاف الدولي شنت غارة على مقر للتنظيم في مدينة تل أبيض فجر اليوم.")
    assert events
    assert roles_of(events, US_LED) == {"actor1"}


def test_the_opposition_coalition_is_no_force():
    """A guard (passes on a6c6de3 too): the bare word is Syria's political opposition."""
    events = ev("وقال الائتلاف إن قوات النظام قصفت مدينة دوما بريف دمشق أمس.")
    assert events
    assert not roles_of(events, US_LED)
