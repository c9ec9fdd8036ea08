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
