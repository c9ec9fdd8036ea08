"""Actors: the former regime's forces are no army of today's war — "خلال احتلال قوات النظام
السابق لصدام حسين للكويت" names Saddam's army, not Syria's.

"قوات النظام" defaults to the Syrian army outside Yemen's news, and "السابق" did not stop it.
"The former regime's forces" (and Saddam's named) are a contextual name of their own
(actors.yaml ``contextual``): Saleh's in Yemen's news, Saddam's in Kuwait's and Iraq's, no force
elsewhere.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.actors}


def test_saddams_forces_occupying_kuwait_are_iraqs():
    events = ev("وبقي في الكويت خلال احتلال قوات النظام السابق لصدام حسين لفترة قاربت ثلاثة أشهر.")
    assert events
    assert "Syrian Arab Army" not in names(events)
    assert roles_of(events, "Iraqi security forces") == {"actor1"}


def test_saddams_forces_named_so_invaded_kuwait():
    events = ev("هاجمت قوات صدام الكويت في آب 1990 واحتلت مدينة الكويت.")
    assert events
    assert "Iraqi security forces" in names(events)


def test_the_former_regimes_army_in_libya_is_no_force_of_syria():
    events = ev("وقصفت قوات النظام السابق مدينة مصراتة بالصواريخ خلال حرب عام 2011.")
    assert "Syrian Arab Army" not in names(events)


def test_the_former_regimes_forces_in_yemen_are_salehs():
    """A guard (passes on b6a8ae5 too: "قوات النظام" in Yemen's news is Saleh's already)."""
    events = ev("وقصفت قوات النظام السابق مواقع المقاومة في تعز بالمدفعية أمس.")
    assert roles_of(events, "Saleh loyalist forces") == {"actor1"}


def test_the_regimes_forces_in_syria_stay_the_army():
    """A guard (passes on b6a8ae5 too)."""
    events = ev("واستعادت قوات النظام السيطرة على بلدة في ريف حماة.")
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}
