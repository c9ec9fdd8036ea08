"""Roles: ل after a form of being names who had the role or the aim — "كان لـ«داعش» دور في
تفجير المسجد" — not the owner of a thing hit.

ل before a side marks the owner of what was hit ("دمرت الطائرات مخازن لداعش"); after "كان",
"يكون" it says "X had": the group had a role in the bombing, or an aim to strike mosques, and
was read as hit by it (`role_cues.had_by`, roles.yaml ``having``). Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 22)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_group_that_had_a_role_in_the_bombing():
    events = ev("وكان لتنظيم داعش دور في تفجير المسجد في الكويت.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_group_that_had_an_aim_written_apart():
    events = ev("وأشار إلى أنه كان لـ«داعش» مخطط باستهداف مساجد في المنطقة الشرقية.")
    assert events
    assert "actor2" not in roles_of(events, "Islamic State")


def test_the_militia_that_had_a_role_in_the_attack():
    events = ev("وكان للحوثيين دور في الهجوم على مطار عدن.")
    assert roles_of(events, "Houthis") == {"actor1"}


def test_stores_of_the_group_were_hit():
    """A guard (passes on 3dede7f too): ل with no form of being before it marks the owner hit."""
    events = ev("وقصفت المدفعية التركية مواقع لـ«داعش» في ريف حلب.")
    assert roles_of(events, "Islamic State") == {"actor2"}
