"""The day a report was made is not the day of the deed it reports, when the frame follows the
deed too. "قتل ستة من عناصر الشرطة في انفجار قنبلة، حسبما ذكرت السلطات أمس" was dated
yesterday, the day the authorities spoke. A frame opened by "حسبما", "بحسب ما", "وفق ما"
(attribution.yaml ``trailing``) runs to its clause's end (`claimants._trailing_end`), so its
date bounds the deed from above, as the annotation guide says of an undated deed reported on a
day: ``date_start`` null, ``date_end`` the announcement's day. A date of the deed's own stays."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)  # a Wednesday; Monday is 14 March


def _dates(text: str) -> list[tuple[str, str]]:
    return [(str(e.date_start), str(e.date_end)) for e in extract(text, published=DAY, language="ar")]


@pytest.mark.parametrize("text", [
    "قتل خمسة من عناصر الشرطة في انفجار عبوة ناسفة بولاية قندهار، حسبما ذكرت السلطات المحلية أمس.",
    "أصيب ثلاثة جنود في هجوم مسلح على نقطة تفتيش في مدينة العريش، بحسب ما أعلن مصدر أمني أمس.",
])
def test_the_day_of_the_telling_bounds_the_deed(text):
    assert _dates(text) == [("None", "2016-03-15")]


def test_the_deeds_own_day_stays():
    """Guard: the deed's own date, before the frame."""
    text = ("قتل خمسة من عناصر الشرطة في انفجار عبوة ناسفة بولاية قندهار يوم الاثنين، حسبما "
            "ذكرت السلطات المحلية أمس.")
    assert _dates(text) == [("2016-03-14", "2016-03-14")]
