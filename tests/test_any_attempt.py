""""Any attempt" names a kind of attempt, none that was made: "ستتصدى لأي محاولة من الحوثيين
لاقتحام المدينة", "حذر من أي محاولات لدخول البلدة" tell no storming tried. An attempt that was
made ("حاول المسلحون اقتحام المدينة", "صدت القوات محاولة جديدة") stays attempted. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 11, 7)


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar")]


def test_a_government_that_will_meet_any_attempt_reports_none():
    assert events("وقال إن الحكومة ستتصدى لأي محاولة من الحوثيين لاقتحام مدينة مأرب.") == []


def test_a_warning_against_any_attempt_reports_none():
    assert events("وحذر الجيش من أي محاولة لاقتحام مدينة الرمادي من قبل داعش.") == []


def test_any_attempts_in_the_plural_report_none():
    assert events("وأكد القائد أن قواته ستتصدى لأية محاولات من داعش للتقدم نحو بلدة "
                  "حديثة.") == []


def test_an_attempt_that_was_made_stays_attempted():
    # guard: the attempt is told as made
    assert events("وحاول مسلحو داعش اقتحام مدينة الرمادي أمس لكنهم فشلوا.") == [
        ("territory_change", "attempted")]


def test_an_attempt_repelled_stays_attempted():
    # guard: a new attempt, repelled
    assert events("وصدت القوات محاولة جديدة لمسلحي داعش لاقتحام مدينة الرمادي.") == [
        ("territory_change", "attempted")]


def test_any_attempts_a_plan_will_meet_are_still_none_made():
    assert events("وأكد الجيش أن أي محاولات لمسلحي الحوثي بالتقدم نحو مدينة مأرب سيتم التصدي "
                  "لها بحزم.") == []
