"""Actors: a group told only by its arms or its terror ("مجموعة مسلحة", "مجموعة إرهابية") is the
unidentified armed group; the bare gendarmerie ("الدرك", "قوات الدرك") is the article's
country's; "the United States and its allies" is the coalition it leads.

"مجموعة إرهابية اغتالت ثلاثة من أفراد الدرك": the group named no actor, the gendarmes — Turkey's
by the registry, in Algeria's news — were read as the killers; "الولايات المتحدة وحلفاءها
نفذوا ضربات" named no one who struck (actors.yaml: `contextual` for the group words and the
gendarmerie, the coalition's aliases). Sentences written for these tests."""
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


def test_the_united_states_and_its_allies_strike():
    events = ev("وقالت قوة المهام المشتركة إن الولايات المتحدة وحلفاءها نفذوا 15 ضربة جوية على مواقع "
                "تنظيم داعش في العراق.")
    assert roles_of(events, "US-led coalition") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}
