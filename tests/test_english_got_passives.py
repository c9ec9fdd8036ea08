""""Four more people got injured", "three soldiers got killed": the passive with "get" counts like
the one with "be" (quantities.yaml ``auxiliaries``): the number is of the injured or the killed
its own verb names, not of the killed told before it in the sentence."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 5, 3)


def _claims(text):
    return sorted((c.category, c.low) for e in extract(text, published=PUB, language="en")
                  for c in e.claims)


def test_got_injured_after_killed_is_injured():
    assert _claims("Two children were killed and 14 more people got injured when mortar shells "
                   "hit the Jamiliyeh neighborhood of Aleppo on Monday.") == [
        ("injured", 14), ("killed", 2)]


def test_got_killed_is_killed():
    assert ("killed", 3) in _claims("Three soldiers got killed when rebels attacked a checkpoint "
                                    "near Busra al-Harir on Monday.")


def test_more_than_n_got_wounded():
    claims = _claims("A woman was killed and more than 30 others got wounded as rockets fell on "
                     "the Masharqa quarter in Aleppo on Monday.")
    assert ("injured", 30) in claims and ("killed", 30) not in claims
