"""Machines of war seized are booty, not ground: "استولوا على ثلاث عربات", "سيطر المقاتلون على
دبابتين ومدرعة" take no town (ACLED files seized weapons apart from territory). They count only
as what is taken, right after "على" (a figure between): a camp named for its armour ("معسكر
المدرعات") is ground, and taking it stays a change of territory. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 5, 2)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_three_vehicles_seized_after_a_fight_take_no_ground():
    assert "territory_change" not in types(
        "وقالت مصادر محلية إن نحو 20 من مسلحي الحوثي قتلوا في قعطبة، فيما استولى رجال "
        "المقاومة على ثلاث عربات (أطقم).")


def test_tanks_and_an_armoured_car_seized_take_no_ground():
    assert types("واستولى مقاتلو المعارضة على دبابتين ومدرعة للنظام في ريف حماة.") == []


def test_vehicles_left_behind_and_taken_take_no_ground():
    assert types("واستولت قوات الجيش على آليات ومدرعات تركها مسلحو داعش في بيجي.") == []


def test_a_count_of_tanks_taken_takes_no_ground():
    assert types("وسيطر مسلحو جبهة النصرة على 3 دبابات للجيش في ريف إدلب.") == []


def test_a_camp_named_for_its_armour_is_ground():
    # guard: the vehicle word names the camp, which is taken
    assert types("وسيطرت فصائل المعارضة على معسكر المدرعات في ريف حماة بعد معارك مع قوات "
                 "النظام.") == ["territory_change"]


def test_a_city_taken_is_still_taken():
    # guard: no machine of war in sight
    assert types("واستولى مسلحو داعش على مدينة الرمادي بعد معارك عنيفة.") == ["territory_change"]
