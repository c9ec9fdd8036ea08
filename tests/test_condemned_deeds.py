"""A day told between a verb of condemning and the deed condemned dates the outcry, not the
deed: "أدانت الخارجية أمس التفجير" says the bombing happened by yesterday (UCDP: date_start
unknown, date_end that day). A day told with the deed itself is still its own. A country
condemning is no place of the deed. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 10, 20)


def ev(text: str) -> list:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_the_day_of_the_condemnation_bounds_the_deed():
    [e] = ev("واستنكرت وزارة الخارجية أمس التفجير الانتحاري الذي استهدف حافلة للزوار في مدينة "
             "كربلاء.")
    assert e.date_start is None and e.date_end == "2016-10-19"


def test_a_day_told_with_the_deed_is_its_own():
    [e] = ev("واستنكرت وزارة الخارجية التفجير الانتحاري الذي استهدف أمس حافلة للزوار في مدينة "
             "كربلاء.")
    assert e.date_start == e.date_end == "2016-10-19"


def test_a_country_that_condemns_is_no_place_of_the_deed():
    events = ev("انفجرت سيارة مفخخة أمس قرب مركز للشرطة في مدينة العريش وقتل ثلاثة مجندين.\n"
                "ودانت الجزائر بشدة التفجير الإرهابي.")
    assert [e.location.name for e in events if e.location] == ["Arish"]


def test_a_day_of_condemnation_set_off_by_commas_bounds_the_deed():
    [e] = ev("وأدانت الجامعة العربية، أمس الأربعاء، الهجوم الإرهابي الذي استهدف نقطة تفتيش في مدينة "
             "العريش.")
    assert e.date_start is None and e.date_end == "2016-10-19"


def test_the_deeds_own_day_after_a_condemnation_set_off_by_commas_dates_it():
    [e] = ev("وأدانت الجامعة العربية، أمس الأربعاء، الهجوم الإرهابي الذي استهدف يوم الاثنين نقطة تفتيش في "
             "مدينة العريش.")
    assert e.date_start == e.date_end == "2016-10-17"


def test_a_day_set_off_by_commas_after_a_verb_of_striking_is_the_strikes():
    """Guard: only a verb of condemning makes a day set off by commas the outcry's."""
    [e] = ev("وقصفت الطائرات التركية، أمس الأربعاء، مواقع لحزب العمال الكردستاني في جبال قنديل.")
    assert e.date_start == e.date_end == "2016-10-19"
