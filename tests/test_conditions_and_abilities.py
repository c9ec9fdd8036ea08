"""What may happen if, or what one is able to do, is not what happened.

A condition ("في حال", "إذا") supposes its event: nothing is told as done. The condition may
open with "و" ("وفي حال", "ومن المقرر"), as most Arabic clauses do. The future answer of a
condition ("في حال صدرت الأوامر سيتحرك الجيش") is a plan, kept as planned. What a side is able
to do ("بإمكانها", "بوسعه") is not done; what it managed to do ("تمكنت من") is. Sentences
written for these tests.
"""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2018, 3, 14)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def kinds(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in events]


def test_a_capture_supposed_after_and_in_case_is_no_event():
    assert ev("وفي حال سيطر المسلحون على بلدة سراقب فإن الطريق الدولي يصبح مهددا.") == []


def test_a_plan_opened_by_and_it_is_scheduled_is_planned():
    events = ev("ومن المقرر أن يصل وزير الدفاع إلى مدينة الموصل غدا.")
    assert [m for _, m in kinds(events)] in ([], ["planned"])


def test_the_future_answer_of_a_condition_is_a_plan():
    events = ev("قال القائد إنه في حال صدرت الأوامر ستتقدم قوات النظام نحو مدينة الرقة.")
    assert kinds(events) == [("movement", "planned")]


def test_what_a_side_is_able_to_do_is_not_done():
    assert ev("وقال الخبير إن بإمكان الفصائل المقاتلة التقدم نحو مدينة حماة.") == []


def test_what_a_side_managed_to_do_is_done():
    events = ev("وتمكنت الفصائل المقاتلة أمس من التقدم نحو مدينة حماة.")
    assert kinds(events) == [("movement", "actual")]
