"""Actors (issue 8): the Peshmerga, the Kurdistan Region's forces in Iraq, are an actor of their
own ("قوات البيشمركة", "البشمركة") on the coalition's side — they had been no actor, so the
Islamic State's attacks on them had no side hit and their shelling no author. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 22)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_peshmerga_repelling_an_attack_are_its_target():
    events = ev("وتمكنت قوات البيشمركة أمس من صد هجوم لمسلحي داعش على مواقعها في قرية قرب بعشيقة.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, "Peshmerga") == {"actor2"}


def test_the_peshmerga_shelling_positions_act():
    events = ev("وقصفت قوات البشمركة أمس بالمدفعية معاقل تنظيم داعش في قضاء سنجار غرب الموصل.")
    assert events
    assert roles_of(events, "Peshmerga") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}

