"""Actors: a group told only by its arms or its terror ("مجموعة مسلحة", "مجموعة إرهابية") is the
unidentified armed group; the bare gendarmerie ("الدرك", "قوات الدرك") is the article's
country's.

"مجموعة إرهابية اغتالت ثلاثة من أفراد الدرك": the group named no actor, the gendarmes — Turkey's
by the registry, in Algeria's news — were read as the killers (actors.yaml `contextual`: the
group words and the gendarmerie). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 22)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_terror_group_attacks_a_gendarmerie_post_in_algeria():
    events = ev("الجزائر: قتل دركيان في هجوم شنته مجموعة إرهابية على حاجز لقوات الدرك في ولاية بومرداس.")
    assert roles_of(events, "Unidentified armed group") == {"actor1"}
    assert roles_of(events, "Algerian People's National Army") == {"actor2"}
    assert not roles_of(events, "Turkish security forces")


def test_an_armed_group_ambushes_an_army_patrol():
    events = ev("وأعلنت وزارة الدفاع الجزائرية أن مجموعة مسلحة نصبت كمينا لدورية للجيش في ولاية تيزي وزو.")
    assert roles_of(events, "Unidentified armed group") == {"actor1"}
    assert roles_of(events, "Algerian People's National Army") == {"actor2"}


def test_an_armed_group_of_a_named_movement_is_that_movement():
    """A guard (passes on 3dede7f too): the movement the group belongs to acts."""
    events = ev("وقال الجيش إن مجموعة مسلحة تابعة لحركة طالبان هاجمت حاجزا للشرطة في ولاية هلمند.")
    assert roles_of(events, "Taliban") == {"actor1"}
    assert not roles_of(events, "Unidentified armed group")


def test_the_gendarmerie_in_turkeys_news_stays_turkish():
    """A guard (passes on 3dede7f too)."""
    events = ev("وقالت مصادر أمنية تركية إن مسلحين من حزب العمال الكردستاني هاجموا مخفرا لقوات الدرك "
                "في ولاية ديار بكر.")
    assert roles_of(events, "Turkish security forces") == {"actor2"}

