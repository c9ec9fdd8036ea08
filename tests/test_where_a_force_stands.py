"""Where a force stands. A deployment verb in the present right after "حيث" or a relative
pronoun ("حيث ينتشر المتمردون", "المنطقة التي ينتشر فيها المسلحون") says where a side is, not
that it was sent there; the same verb told as the news ("وتنتشر قوات الجيش منذ صباح أمس في
شوارع المدينة") is a deployment. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

modalities = modalities_on(date(2016, 3, 14))


def test_the_rebels_standing_where_a_strike_fell_were_not_deployed():
    assert modalities("قتل عشرة جنود أفغان أمس في غارة أميركية على حاجز للجيش في ولاية لوغار حيث "
                      "ينتشر متمردو طالبان.") == [("airstrike", "actual")]


def test_mountains_where_rebels_stand_tell_no_deployment():
    assert modalities("ويصعب الوصول إلى جبال قنديل في شمال العراق حيث ينتشر المتمردون "
                      "الأكراد.") == []


def test_troops_spreading_through_a_city_since_yesterday_are_deployed():
    # guard
    assert modalities("وتنتشر قوات الجيش منذ صباح أمس في شوارع مدينة عدن.") == [
        ("deployment", "actual")]
