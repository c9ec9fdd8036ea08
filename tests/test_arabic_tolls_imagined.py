"""Numbers must be honest (issue 8): "لو نجح الهجوم لراح ضحيته 100 شخص" killed no one.

A toll told after a condition — "لو", "لولا", "إذا", or the answer "لكان" — a few words before
it in its sentence is what would have been, and counts nobody: a foiled plot with "100 killed"
would put a hundred dead in the loss tables (quantities.yaml ``conditionals``). "ولو أن" (even
though) tells a fact, and its toll stays. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 8, 10)


def told(text: str) -> list[tuple[str, str, list[tuple[str, int | None]]]]:
    return [(e.event_type, e.modality, [(c.category, c.best) for c in e.claims])
            for e in extract(text, published=PUB, language="ar")]


def test_a_foiled_attack_that_would_have_killed_a_hundred_killed_none():
    assert told("وأحبطت قوات الأمن هجوما على مسجد في مدينة الرياض أمس، ولو نجح المهاجمون لراح "
                "ضحيته 100 شخص.") == [("attack", "prevented", [])]


def test_if_it_had_gone_off_it_would_have_killed_fifty():
    assert told("وأحبطت قوات الأمن تفجيرا في مدينة الدمام أمس لو نفذ لقتل 50 شخصا.") == [
        ("attack", "prevented", [])]


def test_but_for_the_guards_dozens_would_have_died():
    assert told("وفجر انتحاري نفسه أمام مسجد في مدينة الدمام أمس، ولولا يقظة الحراس لسقط 30 "
                "قتيلا.") == [("attack", "actual", [])]


def test_even_though_tells_a_fact():
    """guard: passes on the base"""
    assert told("وقتل 5 أشخاص في قصف على مدينة تعز أمس ولو أن القصف لم يستمر طويلا.") == [
        ("shelling", "actual", [("killed", 5)])]
