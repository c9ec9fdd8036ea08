"""Morphology (issue 8): no verb follows a preposition.

"عن تدخل القوات" is an intervention, not "she enters": a form the lexicon lists only as a
present verb right after a preposition (triggers.yaml ``noun_after``) is another word's verbal
noun, no event word; a past form is its own verbal noun ("عن ضبط 20": the seizure) and stays.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate


def _triggers(text: str) -> list[tuple[str, bool]]:
    doc = annotate(text, published=date(2015, 8, 9))
    return [(t.event_type, t.verb) for t in doc.triggers]


def test_a_verb_form_after_a_preposition_is_no_event_word():
    assert _triggers("وتحدث التقرير عن تدخل القوات التركية في شمال سوريا.") == []


def test_after_against_too():
    assert _triggers("وصوت البرلمان ضد تدخل القوات البريطانية في سوريا.") == []


def test_a_past_form_after_a_preposition_is_its_own_verbal_noun_and_stays():
    """The seizure stays; "أسفرت" before it, with no loss after its "عن", is no event word."""
    assert [t for t, _ in _triggers("وأسفرت الحملة في العريش عن ضبط 20 من عناصر تنظيم داعش.")] \
        == ["detention"]


def test_the_verb_with_its_subject_stays_a_verb():
    """guard: passes on the base"""
    assert _triggers("وتقدمت القوات العراقية في الأنبار.") == [("movement", True)]
