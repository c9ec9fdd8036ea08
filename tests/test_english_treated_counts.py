"""A count whose own verb follows it ("twenty civilians were treated for breathing problems")
takes that verb — injured — not a result verb told before it in the sentence ("two people were
killed and …"): the auxiliary is skipped and "treated for" read as the verb (quantities.yaml
``actions``) — also after a subset named without its count ("at least 12 civilians including a
woman and two children were killed": 12, not the two children; `quantities_nouns.more_subjects`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 10, 26)


def claims(text: str) -> set[tuple[str, int | None]]:
    return {(c.category, c.low) for e in extract(text, published=PUB, language="en")
            for c in e.claims}


def test_the_treated_are_injured_not_killed():
    got = claims("Regime helicopters dropped chlorine on the village on Tuesday. Three people "
                 "were killed and fifteen civilians were treated for breathing problems.")
    assert ("killed", 15) not in got and ("injured", 15) in got


def test_a_subset_named_without_its_count_keeps_the_verb_after_it():
    got = claims("Rebel rockets hit the western district of the city on Sunday. At least 12 "
                 "civilians including a woman and two children were killed.")
    assert ("killed", 12) in got


def test_a_bare_subset_before_treated_is_still_injured():
    got = claims("Regime helicopters dropped chlorine on the village on Tuesday. One man was "
                 "killed and fifteen civilians including children were treated for breathing "
                 "problems.")
    assert ("killed", 15) not in got and ("injured", 15) in got
