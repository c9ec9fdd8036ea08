"""Places named in passing are not where an event happened: the cities a town is ranked
against, the areas a side holds, "always" written like Douma; and the streets of a city are
that city, not a street named after it. Sentences written for these tests; each has a twin."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2017, 6, 2)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in ev(text)]


def test_the_streets_of_a_city_are_the_city():
    assert places("واندلعت أمس اشتباكات عنيفة في شوارع مدينة الحديدة بين الجيش والحوثيين.") == [
        "Hodeidah"]
    assert places("واندلعت أمس اشتباكات عنيفة في شوارع الحديدة بين الجيش والحوثيين.") == [
        "Hodeidah"]


def test_the_cities_a_town_is_ranked_against_are_no_places_of_the_event():
    assert places("واندلعت أمس اشتباكات عنيفة في الحديدة، رابع أكبر مدينة في اليمن بعد صنعاء "
                  "وعدن، بين الجيش والحوثيين.") == ["Hodeidah"]


def test_clashes_in_two_cities_are_still_two_events():
    assert sorted(places("واندلعت أمس اشتباكات عنيفة بين الجيش والحوثيين في صنعاء وعدن.")) == [
        "Aden", "Sanaa"]


def test_the_areas_a_side_holds_are_no_ground_taken():
    assert ev("وكان الموقوف يجند شبانا لإرسالهم إلى مناطق سيطرة تنظيم داعش في العراق.") == []


def test_ground_taken_is_still_taken():
    [taken] = ev("وأعلن الجيش العراقي أمس السيطرة على مناطق واسعة غرب مدينة الموصل.")
    assert taken.event_type == "territory_change"


def test_always_is_not_douma():
    assert ev("ونفذ مسلحو الجماعة هجمات كثيرة، لكنهم ليسوا من الراغبين في الموت دوما.") == []


def test_the_town_of_douma_is_douma():
    assert places("قصفت قوات النظام السوري مدينة دوما في الغوطة الشرقية أمس.") == ["Douma"]
