"""A storm that sweeps a land is weather, not an invasion. "قتل خمسة أشخاص بعدما اجتاحت عاصفة
قوية غرب البلاد" was ground taken with five dead: "اجتاح" is a verb of overrunning. Storms named
with their kind ("عاصفة قوية", "عاصفة رملية", "عاصفة استوائية") join ``suppress`` beside
"العواصف" and "عاصفة رعدية" — never the bare word, since "عاصفة الحزم" is the coalition's
operation."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


@pytest.mark.parametrize("text", [
    "عاصفة تقتل 4 أشخاص في ألبانيا\nقتل أربعة أشخاص وأصيب عشرة آخرون بعدما اجتاحت عاصفة قوية "
    "شمال ألبانيا مساء أمس.",
    "اجتاحت عاصفة استوائية جزيرة سقطرى اليمنية أمس ما أدى إلى مقتل ثمانية أشخاص.",
])
def test_a_storm_is_no_invasion(text):
    assert extract(text, published=DAY, language="ar") == []


def test_decisive_storm_is_the_coalitions():
    """Guard: "عاصفة الحزم" names the coalition's operation."""
    got = extract("شنت طائرات عاصفة الحزم غارات قوية على مواقع الحوثيين في صعدة أمس.",
                  published=DAY, language="ar")
    assert [e.event_type for e in got] == ["airstrike"]
