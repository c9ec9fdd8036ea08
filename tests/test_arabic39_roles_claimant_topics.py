"""Claimants (session 39): a side named before a frame's verb that is no subject of it —

* a stop right before a verb with a definite subject of its own after it ("وفي ظل صمت قيادة
  جماعة الحوثي، قال العميد"): the side before the comma is spoken of
  (`claimant_topics.subject_after_stop`); with none after it ("إلا أن قيادة التحالف، أشارت
  إلى") the side before the stop is still the subject;
* a topic opening the clause ("وعن خسائر حزب العمال قال الضابط", attribution.yaml
  ``topic_openers``, `claimant_topics.topic_fronted`): what is spoken of, never the speaker —
  and with no subject after the verb the speaker named before goes on ("وعن خسائر داعش قال:").

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import claimants_of as claimants

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def speakers(events: list[Event]) -> set[str | None]:
    return {e.claimant for e in events}


def test_a_side_before_the_comma_does_not_speak():
    events = ev("وفي ظل صمت قيادة جماعة الحوثي، قال العميد الركن إن طائرات التحالف قصفت مواقع "
                "للمسلحين في مدينة تعز وقتلت 30 منهم.")
    assert events and "Houthis" not in speakers(events)


def test_the_topic_before_the_verb_does_not_speak():
    events = ev("وعن خسائر حزب العمال الكردستاني قال الضابط إن 40 من مقاتلي الحزب قتلوا في الغارات.")
    assert events and "Kurdistan Workers' Party" not in speakers(events)


def test_the_speaker_goes_on_after_a_topic():
    events = ev("وقال الجيش العراقي إن قواته تقدمت في مدينة الرمادي. وعن خسائر داعش قال: إن 25 من "
                "مسلحي التنظيم قتلوا في المعارك.")
    assert claimants(events, "killed") == {"Iraqi security forces"}


def test_a_subject_set_off_by_a_comma_speaks():
    """A guard (passes on e816e13 too): no subject after the verb — the side before speaks."""
    events = ev("وكانت قيادة التحالف، أعلنت أن طائراتها قصفت مواقع للحوثيين في مدينة صعدة وقتلت 12 "
                "مسلحا.")
    assert speakers(events) == {"Saudi-led coalition"}


def test_the_speaker_after_the_verb():
    """A guard (passes on e816e13 too)."""
    events = ev("قال الجيش العراقي إن 20 من عناصر داعش قتلوا في معارك الرمادي.")
    assert claimants(events, "killed") == {"Iraqi security forces"}
