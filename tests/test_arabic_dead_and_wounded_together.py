"""One figure for the dead and the wounded together — "400 قتيل وجريح", "50 قتيلا وجريحا" —
is entered under killed and under injured with the same figure (the annotation guide's rule
for combined figures, as for "قتل وجرح العشرات"), never as killed alone."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _claims(text: str) -> set[tuple[str, str, int | None]]:
    return {(c.category, c.qualifier, c.low) for e in extract(text, published=DAY) for c in e.claims}


def test_more_than_a_figure_of_dead_and_wounded_counts_under_both():
    text = "وأسفر التفجير الانتحاري في سوق المدينة عن أكثر من 120 قتيل وجريح."
    assert _claims(text) == {("killed", "more_than", 120), ("injured", "more_than", 120)}


def test_an_accusative_pair_counts_under_both():
    text = "وخلف القصف المدفعي على الحي 35 قتيلا وجريحا من المدنيين."
    assert _claims(text) == {("killed", "exact", 35), ("injured", "exact", 35)}


def test_two_figures_stay_two_claims():
    """Guard: "9 قتلى و14 جريحا" gives each category its own figure."""
    text = "وأسفر القصف المدفعي على الحي عن 9 قتلى و14 جريحا."
    assert _claims(text) == {("killed", "exact", 9), ("injured", "exact", 14)}


def test_the_wounding_told_after_the_dead_has_its_own_figure():
    """Guard: "مقتل 13 شخصا وإصابة العشرات" — إصابة is an action with its own amount, no pair."""
    text = "وأدى الانفجار في السوق إلى مقتل 13 شخصا وإصابة العشرات."
    assert ("injured", "exact", 13) not in _claims(text)


def test_the_wounded_with_a_figure_of_their_own_are_no_pair():
    """Guard: "26 قتيلا والمصابين 28" — each noun has its figure; nothing is summed."""
    text = "وأسفر الهجوم على القاعدة عن 26 قتيلا والمصابين 28 بحسب الشرطة."
    assert ("injured", "exact", 26) not in _claims(text)
    assert ("injured", "exact", 54) not in _claims(text)


def test_a_dual_of_the_wounded_is_no_pair():
    """Guard: "خمسة قتلى وجريحين" — two wounded, counted by the dual itself."""
    text = "وأسفر الهجوم على الحاجز العسكري عن خمسة قتلى وجريحين من الجنود."
    assert ("injured", "exact", 5) not in _claims(text)
