"""Not lost at the door (issue 8): "قتل جندي في هجوم على حاجز في عدن" is news.

The first gate (`pipeline.could_hold_events`, mirrored by `pregate`) lets an article in when a
result word ("قتل", "مقتل", "إصابة") has a figure right after it. One or two soldiers, fighters
or dead named by a singular or a dual ("جندي", "شرطيان", "قتيلان") are a figure too — the claim
step counts them one and two — but the gate read only numbers, so a short report of one or two
soldiers killed with no side named was dropped before any step read it. Civilians and people at
large named one by one ("مصرع شاب") stay no figure to the gate: crime and accident news names
them as often. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 8, 10)


def told(text: str) -> list[tuple[str, list[tuple[str, int | None, str]]]]:
    return [(e.event_type, [(c.category, c.best, c.who) for c in e.claims])
            for e in extract(text, published=PUB, language="ar")]


def test_a_soldier_killed_in_an_attack_is_news():
    assert told("وقتل جندي في هجوم على حاجز في مدينة عدن.") == [
        ("clash", [("killed", 1, "soldiers")])]


def test_two_policemen_killed_are_news():
    assert told("قتل شرطيان في هجوم على حاجز بمدينة العريش.") == [
        ("clash", [("killed", 2, "soldiers")])]


def test_a_civilian_wounded_by_a_shell_is_news():
    """guard: passes on the base (the shelling lets it in)"""
    assert told("وأصيب مدني بجروح في قصف على مدينة تعز.") == [
        ("shelling", [("injured", 1, "civilians")])]


def test_three_soldiers_were_always_news():
    """guard: passes on the base"""
    assert told("وقتل 3 جنود في هجوم على حاجز في مدينة عدن.") == [
        ("clash", [("killed", 3, "soldiers")])]


def test_a_young_man_killed_by_a_stabbing_is_no_news():
    """guard: passes on the base"""
    assert told("مصرع شاب طعنا بسكين في مشاجرة أمس بحي النسيم.") == []


def test_a_player_hurt_in_a_match_is_no_news():
    """guard: passes on the base"""
    assert told("وأصيب لاعب الفريق في المباراة أمس وغاب عن التدريبات.") == []
