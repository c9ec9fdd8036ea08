"""The claims of one event are each told once: a title that says "dead and wounded" without a
figure, or the bare figure a headline rounds ("kills 15") beside the body's "at least 15", is the
body's claim told again — summed, the totals would read 30 for 15 deaths. Other victims and
other claimants stay claims of their own. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 4, 12)


def claims(text: str, language: str = "ar") -> list[tuple[str, str, int | None]]:
    return [(c.category, c.qualifier, c.low)
            for e in extract(text, published=PUB, language=language) for c in e.claims]


def test_a_titles_dead_and_wounded_are_the_bodys_figures():
    text = ("قتلى وجرحى بقصف على حي الشعار في حلب\n\n"
            "قتل 9 مدنيين وأصيب 23 آخرون في قصف بالبراميل المتفجرة على حي الشعار في حلب صباح "
            "اليوم، بحسب الدفاع المدني.")
    assert sorted(claims(text)) == [("injured", "exact", 23), ("killed", "exact", 9)]


def test_a_headlines_bare_figure_is_the_bodys_qualified_one():
    text = ("Suicide bomber kills 11 at Kabul checkpoint\n\n"
            "At least 11 people were killed when a suicide bomber struck a police checkpoint in "
            "Kabul on Tuesday, officials said.")
    assert claims(text, "en") == [("killed", "at_least", 11)]


def test_the_same_figure_qualified_twice_in_the_body_is_one_claim():
    text = ("Shelling killed more than 40 people in Douma on Monday. Rescue workers said about 40 "
            "people had died in the shelling.")
    assert [c[:2] for c in claims(text, "en")] == [("killed", "more_than")]


def test_equal_figures_of_other_victims_stay_two_claims():
    text = ("Five soldiers and five civilians were killed when militants attacked a checkpoint "
            "near Arish on Monday.")
    assert len([c for c in claims(text, "en") if c[0] == "killed"]) == 2
