"""Two streets named by one dual word are streets, both of them. "سقطت قذائف على شارعي الثورة
وبغداد في دمشق" put the shelling in Baghdad: after a street word a place name names a street
(cues.yaml ``streets``), but only the singular was listed and the second name, joined by و,
stood alone. A dual street word (``street_pairs``: شارعي, ساحتي…) names the first street
after it and the second joined by و (`geo.mentions._names_something_else`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="ar")]


@pytest.mark.parametrize("text, wrong", [
    ("أصيب ثلاثة مدنيين جراء سقوط قذائف هاون على شارعي النصر وبغداد وسط دمشق أمس.", "Baghdad"),
    ("سقطت قذائف صاروخية على شارعي بغداد والعابد في دمشق أمس.", "Baghdad"),
    ("انفجرت عبوة ناسفة عند تقاطع شارعي الجمهورية وحلب في مدينة حماة أمس.", "Aleppo"),
])
def test_both_streets_of_a_pair_are_streets(text, wrong):
    assert wrong not in _places(text)


def test_two_cities_named_by_a_dual_are_cities():
    """Guard: a dual of a city word names two cities."""
    got = _places("قصفت الطائرات الحربية مدينتي حلب وإدلب أمس.")
    assert "Aleppo" in got and "Idlib" in got
