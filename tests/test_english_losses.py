"""English number words and loss constructions: "killing at least 15 people", "five civilians
were killed", "left 10 dead", "the death toll rose to 25", "destroyed 36 vehicles"."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.dates import find_dates
from events.extract.doc import Doc
from events.extract.numbers import find_numbers
from events.extract.quantities import find_losses
from events.extract.sentences import split_sentences
from text import normalize, tokenize


def numbers(text: str) -> list[tuple[str, float, bool]]:
    norm = normalize(text).norm
    return [(norm[n.start:n.end], n.value, n.vague) for n in find_numbers(norm, tokenize(norm), "en")]


@pytest.mark.parametrize("text, value", [
    ("thirty-one", 31), ("thirty one", 31), ("two hundred and fifty", 250), ("three thousand", 3000),
    ("1.5 million", 1_500_000), ("1,200", 1200), ("nineteen", 19), ("one hundred", 100),
])
def test_number_words(text, value):
    assert [v for _, v, _ in numbers(text)][-1:] == [value]


def test_vague_amounts():
    assert numbers("dozens of civilians") == [("dozens", 12, True)]
    assert numbers("scores of fighters") == [("scores", 20, True)]
    assert numbers("tens of thousands") == [("tens of thousands", 10000, True)]
    assert numbers("a number of soldiers") == [("a number of", 0, True)]  # no figure


def claims(text: str) -> list[tuple]:
    d = Doc(text, published=date(2016, 9, 20))
    split_sentences(d)
    find_dates(d)
    find_losses(d)
    return [(m.category, m.who, m.qualifier, m.low, m.best, m.high) for m in d.losses]


@pytest.mark.parametrize("text, expected", [
    ("The blast killed at least 15 people.", [("killed", "unknown", "at_least", 15, None, None)]),
    ("Four children were killed and nine others wounded.",
     [("killed", "civilians", "exact", 4, 4, 4), ("injured", "civilians", "exact", 9, 9, 9)]),
    ("Shells hit the market, killing six and wounding 20.",
     [("killed", "unknown", "exact", 6, 6, 6), ("injured", "unknown", "exact", 20, 20, 20)]),
    ("The raid left 10 dead.", [("killed", "unknown", "exact", 10, 10, 10)]),
    ("The death toll rose to 25.", [("killed", "unknown", "exact", 25, 25, 25)]),
    ("Troops destroyed 36 vehicles and eight tanks.",
     [("vehicles_destroyed", "unknown", "exact", 36, 36, 36), ("tanks_destroyed", "unknown", "exact", 8, 8, 8)]),
    ("Thirty regime soldiers were killed.", [("killed", "soldiers", "exact", 30, 30, 30)]),
    ("The strikes killed more than 80 militants.", [("killed", "fighters", "more_than", 80, None, None)]),
    ("Nearly 40 civilians were wounded.", [("injured", "civilians", "about", None, 40, None)]),
    ("Gunmen abducted dozens of workers.", [("captured", "civilians", "vague", 12, None, None)]),
    ("Several soldiers were wounded.", [("injured", "soldiers", "vague", None, None, None)]),
    ("As many as 30 people died.", [("killed", "unknown", "up_to", None, None, 30)]),
    ("Between 12 and 20 fighters were killed.", [("killed", "fighters", "about", 12, None, 20)]),
    # coordinated subjects share the verb after them; a subset is part of the figure before it
    ("Officials said 12 soldiers and 8 rebels were killed.",
     [("killed", "soldiers", "exact", 12, 12, 12), ("killed", "fighters", "exact", 8, 8, 8)]),
    ("Seven villagers including two boys were wounded.",
     [("injured", "civilians", "exact", 7, 7, 7)]),
    ("The strike killed nine people, among them three children.",
     [("killed", "unknown", "exact", 9, 9, 9)]),
    # an article counts one
    ("A civilian was killed by sniper fire.", [("killed", "civilians", "exact", 1, 1, 1)]),
    ("The blast killed a soldier.", [("killed", "soldiers", "exact", 1, 1, 1)]),
    ("Another child was wounded.", [("injured", "civilians", "exact", 1, 1, 1)]),
    ("Three guards sustained serious injuries.", [("injured", "soldiers", "exact", 3, 3, 3)]),
])
def test_loss_constructions(text, expected):
    assert claims(text) == expected


def test_a_told_singular_is_no_new_count():
    assert claims("The soldier was killed in the blast.") == []


def test_measures_and_times_are_not_claims():
    assert claims("The town is 15 km from the border and was shelled for 24 hours.") == []
    assert claims("Prices rose 20 percent.") == []
