"""Not an event (issue 8): a word of outcome names violence only with a loss after it.

"أسفر القصف عن مقتل خمسة", "ما أسفر عن 5 قتلى": a loss up to five words after "أسفر" is the
violence's result. "أسفرت المحادثات عن اتفاق", "أسفر ذلك عن تدخل قوات الأمن", "أسفرت الحملة عن
ضبط 20": what came out of talks, a meeting or a raid is no violence of its own — the deed's own
word stays (triggers.yaml ``outcomes``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 8, 9))


def test_talks_that_ended_in_a_truce_are_no_clash():
    assert kinds("وأسفرت المحادثات بين الحوثيين والحكومة في مسقط عن اتفاق على هدنة.") == []


def test_an_intervention_that_came_out_of_it_is_no_clash():
    assert kinds("وأسفر ذلك عن تدخل قوات الأمن في مدينة العريش.") == []


def test_a_raid_that_ended_in_arrests_is_the_arrests_only():
    assert kinds("وأسفرت الحملة الأمنية في العريش عن ضبط 20 من عناصر تنظيم داعش.") \
        == [("other", "actual")]


def test_a_meeting_that_ended_in_a_withdrawal_is_the_withdrawal_only():
    assert kinds("وأسفر اللقاء بين الحوثيين وقبائل مأرب عن انسحاب المسلحين من المدينة.") \
        == [("movement", "actual")]


def test_an_outcome_of_deaths_stays():
    """guard: passes on the base"""
    assert kinds("وأسفر القصف على حي الشعار في حلب عن مقتل خمسة أشخاص.") == [("shelling", "actual")]


def test_an_outcome_of_dead_counted_stays():
    """guard: passes on the base"""
    assert kinds("واستهدفت سيارة مفخخة حاجزا للجيش في العريش، ما أسفر عن 5 قتلى.") \
        == [("attack", "actual")]
