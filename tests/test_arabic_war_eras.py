"""A war's outbreak named to tell a time is no fighting of the day. "كانت البلاد تصدر القطن
قبل اندلاع الحرب" made an undated clash in the country, current news: the outbreak noun with
a time word a few words before it ("قبل", "منذ", "بعد أسابيع من"), or with a war's name after
it ("الحرب الأهلية", "الحرب العالمية الثانية"), is the era the war opened (triggers.yaml
``war_eras``, `trigger_filters._war_era`). A war told breaking out is fighting still."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


def _clashes(text: str) -> list[str | None]:
    return [str(e.date_start) for e in extract(text, published=DAY, language="ar")
            if e.event_type == "clash"]


@pytest.mark.parametrize("text", [
    "وكان اليمن يصدر البن إلى أوروبا قبل اندلاع الحرب.",
    "وأغلق مصنع الإسمنت في مدينة عدرا أبوابه عند اندلاع الحرب الأهلية في سوريا.",
    "وغادر الشاعر مدينة البصرة بعد أشهر من اندلاع الحرب العراقية الإيرانية.",
    "وتضاعفت أسعار الوقود في ليبيا مع اندلاع الحرب.",
])
def test_the_era_a_war_opened_is_no_fighting(text):
    assert _clashes(text) == []


@pytest.mark.parametrize("text", [
    "اندلعت الحرب بين قبيلتي التبو والطوارق في مدينة أوباري أمس.",
    "وأدى اندلاع الحرب بين القبيلتين في مدينة أوباري أمس إلى مقتل 12 شخصا.",
])
def test_a_war_told_breaking_out_is_fighting(text):
    """Guard: the outbreak told as the news."""
    assert _clashes(text) == ["2016-03-15"]
