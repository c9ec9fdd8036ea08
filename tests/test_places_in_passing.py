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


def test_the_country_that_leads_a_coalition_is_no_place_of_its_strikes():
    assert places("وقصفت طائرات التحالف العربي الذي تقوده السعودية مواقع الحوثيين في مدينة صعدة "
                  "أمس.") == ["Sa'dah"]
    assert places("وقصفت طائرات التحالف بقيادة السعودية مواقع الحوثيين في صعدة أمس.") == ["Sa'dah"]


def test_the_country_a_side_is_loyal_to_is_no_place_of_its_fighting():
    [clash] = ev("وقتل خمسة جنود أوكرانيين أمس في معارك مع الانفصاليين الموالين لروسيا في شرق "
                 "أوكرانيا.")
    assert clash.location is None or clash.location.name != "Russia"


def test_a_newspaper_named_daily_is_no_town():
    [death] = ev("ونقلت صحيفة ديلي تلغراف عن مصادر أن داعش أعدم ثلاثة رهائن في مدينة الرقة أمس.")
    assert death.location is not None and death.location.name == "Raqqa"


def test_an_area_named_like_a_mid_sized_foreign_town_is_no_place_abroad():
    [strike] = ev("واشتدت المعارك في محافظة تعز وفي محافظتي إب والضالع وحول مدينة عدن وصنعاء. "
                  "وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في منطقة عثمانية جنوب غربي "
                  "المحافظة أمس.")
    assert strike.location is not None and strike.location.country == "YE"


def test_the_foreign_town_in_an_article_about_its_country_stays():
    [attack] = ev("وقتل جنديان تركيان في هجوم لحزب العمال الكردستاني على مخفر في منطقة عثمانية جنوب "
                  "تركيا أمس.")
    assert attack.location is not None and attack.location.name == "Osmaniye"


def test_where_a_leader_lives_in_exile_is_no_place_of_the_battle():
    [taken] = ev("واستعادت القوات الموالية للرئيس اليمني الذي يقيم في المنفى بالرياض، السيطرة على "
                 "مطار عدن أمس بعد معارك مع الحوثيين.")
    assert taken.location is not None and taken.location.country == "YE"



def test_an_armed_group_named_like_a_village_is_no_place():
    [blast] = ev("وتعرض الفندق في القدس لعملية تفجير نفذتها جماعة أرغون أمس أسفرت عن مقتل 9 أشخاص.")
    assert blast.location is None or blast.location.country != "AF"


def test_a_shield_with_its_adjective_is_no_daraa():
    assert "Daraa" not in places("واتخذ مسلحو داعش المدنيين درعا بشريا خلال الاشتباكات مع "
                                 "الجيش أمس.")


def test_daraa_named_as_a_place_is_still_daraa():
    assert places("قصفت قوات النظام أحياء في مدينة درعا أمس.") == ["Daraa"]
