"""The dead of a period are a running total, wherever the period is named. "ويواصل المتمردون
هجماتهم على قوات الأمن، ما أدى خلال الفترة نفسها إلى مقتل نحو عشرين عنصرا" gave a day's
event twenty dead: a span word with a unit of months, years or a period named back
(quantities.yaml ``running_totals``: "خلال", "طوال"; "الفترة", "المدة") counted the claim as a
running total only after it; a few words before it, it does too
(`running_totals._span_before`). Hours are no such span: "خلال الساعات الماضية" is the day's."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


def _killed(text: str) -> list[int | None]:
    return [c.best if c.low is None else c.low
            for e in extract(text, published=DAY, language="ar") for c in e.claims
            if c.category == "killed"]


@pytest.mark.parametrize("text", [
    "وتواصل حركة الشباب هجماتها على القوات الحكومية في إقليم جوبا، ما أدى خلال الفترة نفسها "
    "إلى مقتل نحو ثلاثين جنديا، حسب مصادر عسكرية.",
    "وقتل طوال العامين الماضيين أكثر من 400 جندي في هجمات الحركة على قواعد الجيش في ولاية بورنو.",
    "وأسفرت الغارات خلال الأشهر الثلاثة الماضية عن مقتل 250 مسلحا في ريف إدلب.",
])
def test_the_dead_of_a_period_are_no_days_toll(text):
    assert _killed(text) == []


def test_the_dead_of_the_last_hours_are_the_days():
    """Guard: hours are the day's."""
    text = "وقتل خلال الساعات الماضية 12 مسلحا في غارات جوية على مدينة سرت."
    assert _killed(text) == [12]


def test_a_period_told_after_the_claim_speaks_of_what_goes_on():
    """Guard: after the claim, a period named back tells what has gone on since, not the
    claim's span; the ambush's dead stay its own."""
    text = ("وتمكن مقاتلو المقاومة من قتل 5 من مسلحي الحوثي في كمين على طريق الضالع أمس، "
            "وتواصل المقاومة نصب الكمائن طوال الفترة الماضية.")
    assert _killed(text) == [5]
