"""What "falls" is not always a town: the dead and wounded "fall" ("سقوط عشرات القتلى في تعز",
"أسفر عن سقوط 30 شهيدا") and so does an aircraft ("سقوط مقاتلة في ريف إدلب") — a toll or a
crash, no change of territory. A town that falls, and ground taken in a fight that left dead,
stay changes of territory. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 2, 21)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_dead_that_fell_in_a_town_are_a_toll_not_its_fall():
    assert types("وأكدت المقاومة الشعبية سقوط عشرات القتلى في تعز خلال مواجهات مع "
                 "الحوثيين.") == ["clash"]


def test_martyrs_that_fell_in_an_attack_are_its_toll():
    assert types("وأسفر هجوم لمسلحي داعش عن سقوط 30 شهيدا في سروج التركية.") == ["attack"]


def test_a_warplane_that_fell_takes_no_ground():
    assert "territory_change" not in types("سقوط مقاتلة سورية في ريف إدلب ومقتل طياريها")


def test_a_city_that_fell_still_fell():
    # guard: the town itself falls
    assert types("وأعلن الجيش سقوط مدينة الرمادي بيد داعش.") == ["territory_change"]


def test_ground_taken_in_a_fight_that_left_dead_is_still_taken():
    # guard: the dead are named far from the taking
    assert "territory_change" in types("وسيطرت قوات الجيش على بلدة بيجي بعد معارك عنيفة مع "
                                       "داعش خلفت عشرات القتلى.")
