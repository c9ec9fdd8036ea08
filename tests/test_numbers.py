"""Numbers in running text: digits, Arabic number words, vague plurals."""
from __future__ import annotations

import pytest

from events.extract.numbers import find_numbers
from text import normalize, tokenize


def numbers(text: str) -> list[tuple[str, float, bool]]:
    norm = normalize(text).norm
    return [(norm[n.start:n.end], n.value, n.vague) for n in find_numbers(norm, tokenize(norm))]


def values(text: str) -> list[float]:
    return [v for _, v, _ in numbers(text)]


@pytest.mark.parametrize("text, value", [
    ("قتل ٣٦ شخصا", 36), ("قتل ۳۶ شخصا", 36), ("قتل 1,500 شخص", 1500),
    ("واحد", 1), ("اثنين", 2), ("ثلاثة", 3), ("عشرة", 10), ("ثمانين", 80), ("ثمانون", 80),
    ("مئة", 100), ("مائة", 100), ("مئتين", 200), ("مائتي", 200), ("ثلاثمئة", 300),
    ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("ألف", 1000), ("ألفين", 2000),
    ("ثلاثة آلاف", 3000), ("3 آلاف", 3000), ("1.5 مليون", 1_500_000),
    ("ستة وثلاثين", 36), ("خمسة وعشرون", 25), ("مئة وخمسين", 150),
    ("ألف وخمسمئة", 1500), ("خمسة وعشرين ألفاً", 25000), ("أحد عشر", 11),
    ("إحدى عشرة", 11), ("اثنا عشر", 12), ("ثلاثة عشر", 13), ("وثلاثة", 3),
])
def test_values(text, value):
    assert values(text) == [value]


def test_vague_amounts():
    assert numbers("عشرات") == [("عشرات", 10, True)]
    assert numbers("العشرات") == [("العشرات", 10, True)]
    assert numbers("مئات") == [("ميات", 100, True)]  # as in doc.norm
    assert numbers("آلاف") == [("الاف", 1000, True)]
    assert numbers("عشرات الآلاف") == [("عشرات الالاف", 10000, True)]


def test_false_friends_are_not_numbers():
    assert values("أحد المسلحين") == []
    assert values("إحدى القرى") == []
    assert values("للمرة الثانية والثالثة") == []
    assert values("الثاني") == []


def test_separate_numbers_stay_separate():
    assert values("ثلاثة وأربعة") == [3, 4]
    assert values("36 سيارة و8 صهاريج و17 سيارة") == [36, 8, 17]
