"""Not an event (issue 8): what a deed was done to prevent, its object a pronoun.

"شنت الطائرات غارات لمنعهم من الاستيلاء على المطار": the strikes happened, the taking was
prevented — "لمنعهم/لمنعها/لمنعه" is "لمنع" with its object glued to it (triggers.yaml
``modality.cues.preventing``). "في مسعى ل" (in an effort to) opens an aim like "سعيا ل"
(``aims.openers``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 8, 9))


def test_a_taking_the_strikes_were_to_prevent_is_prevented():
    assert kinds("وشنت طائرات التحالف غارات على مواقع الحوثيين لمنعهم من الاستيلاء على مطار عدن.") \
        == [("airstrike", "actual"), ("territory_change", "prevented")]


def test_in_an_effort_to_prevent_them():
    assert kinds("وبدأ التحالف غارات على مواقع الحوثيين في مسعى لمنعهم من الاستيلاء على مطار عدن.") \
        == [("airstrike", "actual"), ("territory_change", "prevented")]


def test_prevention_with_the_noun_stays_prevented():
    """guard: passes on the base"""
    assert kinds("وشنت طائرات التحالف غارات على مواقع الحوثيين لمنع تقدمهم نحو مطار عدن.") \
        == [("airstrike", "actual"), ("movement", "prevented")]
