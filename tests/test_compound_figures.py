"""A figure written as thousands and digits joined by "و" is one figure: "12 ألفا و345 قتيلا"
is 12,345 dead, not 345 — read alone, the last part would be the claim, and a war's toll would
shrink to a few hundred on one day. The lower part must be smaller than the scale it follows
("3 آلاف و4 آلاف" are two figures). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.numbers import find_numbers
from events.extract.pipeline import extract
from text import normalize, tokenize

PUB = date(2016, 3, 9)


def values(text: str) -> list[float]:
    norm = normalize(text).norm
    return [n.value for n in find_numbers(norm, tokenize(norm))]


@pytest.mark.parametrize("text, value", [
    ("قتل 12 ألفا و345 شخصا", 12_345),
    ("نزح 4 آلاف و 60 شخصا", 4_060),
    ("أصيب ألف و250 مدنيا", 1_250),
    ("فر خمسة آلاف و700 شخص", 5_700),
    ("نزح 2 مليون و300 ألف شخص", 2_300_000),
])
def test_thousands_and_digits_joined_are_one_figure(text, value):
    assert values(text) == [value]


def test_a_lower_part_as_big_as_the_scale_is_another_figure():
    # guard: two figures on the base as well
    assert values("نزح 3 آلاف و4 آلاف") == [3000, 4000]


def test_figures_with_a_noun_between_stay_apart():
    # guard: 3,000 killed and 200 wounded on the base as well
    assert values("قتل 3 آلاف مدني و200 جريح") == [3000, 200]


def test_a_days_toll_written_in_thousands_and_digits_is_counted_whole():
    (event,) = extract("قتل ألف و120 شخصا في القصف الجوي على مدينة حمص أمس.", published=PUB,
                       language="ar")
    assert [(c.category, c.best) for c in event.claims] == [("killed", 1120)]


def test_a_wars_toll_in_thousands_and_digits_is_no_days_event():
    text = ("قالت منظمة حقوقية في تقرير إن أكثر من 90 ألفا و215 شخصا قتلوا منذ بداية النزاع في "
            "البلاد عام 2012. ووثقت المنظمة مقتل 31 ألفا و408 مدنيين بينهم 5 آلاف و17 طفلا.")
    assert [c.best for e in extract(text, published=PUB, language="ar") for c in e.claims] == []
