"""Morphology (issue 8): no verb follows a preposition.

"عن تدخل القوات" is an intervention, not "she enters"; "مع تقدم القوات" the advance, not "it
advanced": an event word right after a preposition (triggers.yaml ``noun_after``) is read as
its noun, and a form the lexicon lists only as a verb is no event word there. Sentences written
for these tests."""
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


def test_a_word_that_is_verb_and_noun_is_the_noun_after_a_preposition():
    assert _triggers("وشدد الوزير على ضرورة التنسيق مع تقدم القوات العراقية في الأنبار.") \
        == [("movement", False)]


def test_the_verb_with_its_subject_stays_a_verb():
    """guard: passes on the base"""
    assert _triggers("وتقدمت القوات العراقية في الأنبار.") == [("movement", True)]
