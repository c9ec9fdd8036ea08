"""Claims (issue 8, item 5): the verbs of a woman or two women ("أصيبت فتاة", "استشهدت امرأة",
"امرأتان قتلتا") count the hurt and the dead as the masculine forms do (quantities.yaml
``actions``); and a shell's fall («سقوط قذيفة») after people counts none of them: «سقوط»
counts only the dead named after it ("سقوط 5 قتلى"; ``ahead_only_actions``). Sentences written
for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 7, 27)


def counts(text: str) -> list[tuple[str, int | None, str]]:
    return sorted((c.category, c.best, c.who) for e in extract(text, published=DAY, language="ar")
                  for c in e.claims)


def test_a_woman_wounded_is_one_injured():
    assert counts("أصيبت امرأة في قصف على منزل في مدينة جازان أمس.") == [
        ("injured", 1, "civilians")]


def test_a_girl_and_two_children_wounded_are_three_not_two_dead():
    assert counts("أصيبت فتاة وطفلان إثر سقوط قذيفة على منزل في مدينة جازان أمس.") == [
        ("injured", 3, "civilians")]


def test_a_woman_killed_and_two_children_wounded():
    assert counts("استشهدت امرأة وأصيب طفلان في قصف على حي الروضة في تعز أمس.") == [
        ("injured", 2, "civilians"), ("killed", 1, "civilians")]


def test_two_children_who_survived_a_shells_fall_are_no_dead():
    assert counts("ونجا طفلان إثر سقوط قذيفة على منزل في مدينة جازان أمس.") == []


def test_the_dead_after_a_fall_are_counted():
    """guard: passes on the base"""
    assert counts("وأسفر القصف عن سقوط 5 قتلى في مدينة جازان أمس.") == [("killed", 5, "unknown")]
