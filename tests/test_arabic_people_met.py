"""People met or interviewed are alive. "قالت المنظمة إنها قابلت 174 ضحية وشاهدا على الغارات"
gave the strikes 174 dead, and "التقى الوزير 30 من ضحايا التفجير" thirty: "ضحية" is a victim,
dead or alive, and the living are the ones met. A killed count a few words after a word of
meeting (quantities.yaml ``meetings``), no stop between, is no toll (`bodies.drop_met`) —
unless a word of kin stands between ("التقى ذوي 30 قتيلا": the families of the dead)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


def _killed(text: str) -> list[int | None]:
    return [c.low for e in extract(text, published=DAY, language="ar") for c in e.claims
            if c.category == "killed"]


@pytest.mark.parametrize("text", [
    "وقالت المنظمة الحقوقية إنها قابلت 85 ضحية وشاهدا على القصف الجوي لمدينة حجة.",
    "التقى وفد اللجنة الدولية 40 من ضحايا التفجير الانتحاري في مستشفى الكندي ببغداد.",
    "وأجرى الباحثون مقابلات مع 23 من ضحايا الغارات على ريف إدلب.",
])
def test_the_victims_met_are_no_dead(text):
    assert _killed(text) == []


@pytest.mark.parametrize("text, n", [
    # guard: the families of the dead were met; the dead are counted
    ("التقى المحافظ ذوي 17 قتيلا سقطوا في تفجير السوق الشعبي بمدينة الحلة أمس.", 17),
    # guard: a toll told before the meeting, a stop between
    ("قتل 12 شخصا في تفجير سيارة مفخخة في مدينة الحلة أمس، والتقى المحافظ الجرحى.", 12),
])
def test_the_dead_told_beside_a_meeting_are_counted(text, n):
    """Guard: the dead of kin met, or a toll told before a meeting, are counted."""
    assert _killed(text) == [n]
