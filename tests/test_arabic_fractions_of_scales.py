"""A fraction beside a scale counts its share: "نصف مليون" is 500,000 (never a million),
"ربع مليون" 250,000, "مليون ونصف" 1,500,000, "3 ملايين ونصف" 3,500,000; a fraction alone
("نصف السكان") counts nothing."""
from datetime import date

from events.extract.numbers import find_numbers
from events.extract.pipeline import annotate

DAY = date(2015, 8, 10)


def _values(text: str) -> list[float]:
    doc = annotate(text, published=DAY)
    return [n.value for n in find_numbers(doc.norm, doc.tokens, doc.language)]


def test_half_a_million_is_five_hundred_thousand():
    assert _values("وفر نصف مليون شخص من المدينة.") == [500_000]


def test_a_quarter_of_a_million_is_two_hundred_fifty_thousand():
    assert _values("ونزح ربع مليون مدني خلال الصيف.") == [250_000]


def test_a_million_and_a_half():
    assert _values("ويعيش مليون ونصف لاجئ في المخيمات.") == [1_500_000]


def test_digits_and_a_half_of_a_scale():
    assert _values("ونزح 3 ملايين ونصف شخص.") == [3_500_000]


def test_half_of_the_people_is_no_number():
    """Guard: a fraction with no scale after it."""
    assert _values("وغادر نصف السكان منازلهم.") == []
