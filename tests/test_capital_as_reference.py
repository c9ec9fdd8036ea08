"""A capital named with its country's adjective after a direction is a reference point: "في
بلدة كذا جنوب العاصمة الأردنية عمان" happened in the town, south of Amman — the capital is no
second place of the event (as "جنوب العاصمة صنعاء" already was not). Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 8)


def places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=PUB, language="ar")]


def test_a_town_south_of_the_jordanian_capital_is_the_one_place():
    assert places("أطلق مجهولون النار على دورية للشرطة في مدينة معان جنوب العاصمة الأردنية عمان "
                  "أمس.") == ["Ma'an"]


def test_a_town_north_of_the_syrian_capital_is_the_one_place():
    assert places("قصفت طائرات النظام مدينة دوما شمال شرق العاصمة السورية دمشق أمس.") == ["Douma"]


def test_a_capital_with_its_title_alone_still_is_a_reference():
    # guard: a reference point on the base as well
    assert places("قصفت طائرات النظام مدينة دوما شمال شرق العاصمة دمشق أمس.") == ["Douma"]
