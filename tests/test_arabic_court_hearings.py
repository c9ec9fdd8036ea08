"""A court that hears a case tells what the accused are tried for, not a deed of the day. "تنظر
محكمة الجنايات غدا قضية تفجير المسجد الذي أدى إلى مقتل 26 شخصا" made a planned bombing for
tomorrow with 26 dead. A court's hearing ("تنظر محكمة", "نظرت المحكمة") joins the court's acts
in ``suppress`` (triggers.yaml), beside "أجلت المحكمة" and "قضت المحكمة"."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


@pytest.mark.parametrize("text", [
    "تنظر محكمة الجنايات غدا قضية تفجير الحسينية الذي أدى إلى مقتل 14 شخصا في مدينة الدمام.",
    "ونظرت المحكمة الجزائية أمس في قضية الهجوم المسلح على دورية الأمن الذي قتل فيه جنديان.",
])
def test_a_case_heard_is_no_deed_of_the_day(text):
    assert extract(text, published=DAY, language="ar") == []


def test_a_bombing_near_a_court_is_a_bombing():
    """Guard: a court named as the place of a deed."""
    got = extract("انفجرت سيارة مفخخة أمام مبنى المحكمة في مدينة العريش أمس.",
                  published=DAY, language="ar")
    assert [e.event_type for e in got] == ["attack"]
