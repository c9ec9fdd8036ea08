""""The death toll from the air strikes on the town has risen to 61": a toll told as risen, its
noun far before the figure, counts the dead (en/quantities.yaml ``toll_rises``,
`quantities._toll_risen`). The toll noun stood more than three words before the figure, so no
claim was read when no counted noun followed it ("… has risen to 61 a monitor said")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2017, 4, 5)


def _claims(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.category, c.low, c.claimant) for e in extract(text, published=PUB, language="en")
            for c in e.claims]


def test_toll_risen_after_the_strike_it_counts():
    assert _claims("The death toll from the regime air strikes on Saraqeb has risen to 47, a "
                   "monitoring group said on Wednesday.") == [
        ("killed", 47, "Syrian Observatory for Human Rights")]


def test_toll_risen_with_a_qualifier_and_no_noun():
    assert _claims("The toll from Monday's shelling of Jobar climbed to at least 23 the activists "
                   "reported.") == [("killed", 23, "local sources")]


def test_number_of_wounded_reached():
    assert _claims("The number of people wounded in the rocket fire on Qardaha has reached 64.") == [
        ("injured", 64, None)]


def test_toll_risen_to_counted_civilians():
    assert _claims("The death toll from the mortar fire on the Mezzeh district of Damascus rose to "
                   "9 civilians.") == [("killed", 9, None)]


def test_toll_of_the_war_stays_no_claim():
    """Guard: a war's toll is a running total, no claim (passes on the base)."""
    assert _claims("The death toll of the war in Syria has risen to 310000 since 2011 as air "
                   "strikes hit Idlib.") == []


def test_other_figure_between_is_no_toll():
    """Guard: a figure between the toll noun and the verb ends the reach (passes on the base)."""
    assert _claims("The death toll stayed at 12 while the number of shells fired on Harasta "
                   "rose to 40.") == [("killed", 12, None)]
