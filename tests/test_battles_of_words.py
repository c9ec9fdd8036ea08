"""A battle of media or of minds is fought with words: "يخوض الجيش معركة الإعلام ضد داعش",
"تخوض الحكومة معركة الوعي مع الحوثيين" tell no clash. A fierce battle stays one. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 2, 8)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_an_army_fighting_a_media_battle_fights_no_clash():
    assert types("الجيش المصري يخوض معركة الإعلام ضد مسلحي داعش في سيناء") == []


def test_a_battle_for_awareness_is_no_clash():
    assert types("وقال إن الحكومة تخوض معركة الوعي مع جماعة الحوثي في صنعاء.") == []


def test_a_fierce_battle_is_a_clash():
    # guard: a battle of arms
    assert types("ويخوض الجيش العراقي معركة شرسة ضد مسلحي داعش في الرمادي.") == ["clash"]
