"""Claimants (issue 8): a speaker named before its verb ("المرصد السوري قال إن…") stands in the
verb's own clause. A name that ends the sentence before — a headline's last word — or the clause
before a comma is no speaker of a verb after it ("… ضد داعش\\nقال بيان عسكري إن…", "… على مواقع
لداعش، حسب ما ذكر مصدر محلي": the statement or the source speaks, not the party struck).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_headline_that_ends_with_the_side_struck_gives_no_claimant_to_the_next_line():
    events = ev("طائرات التحالف تشن 14 غارة على تنظيم داعش\n"
                "قال بيان للقيادة العسكرية إن طائرات التحالف شنت 14 غارة جوية قرب مدينة الرقة "
                "أمس ودمرت ثلاث آليات.")
    assert events
    assert all(e.claimant != "Islamic State" for e in events)


def test_a_headline_that_ends_with_a_side_gives_it_no_toll_told_by_an_unknown_speaker():
    events = ev("مقتل جنود في هجوم لحركة طالبان\n"
                "قال مسؤولون في الولاية إن ستة جنود قتلوا في هجوم على نقطة تفتيش في ولاية هلمند "
                "أمس.")
    assert events
    assert all(e.claimant != "Taliban" for e in events)
    assert all(c.claimant != "Taliban" for e in events for c in e.claims)


def test_a_name_before_a_comma_does_not_speak_for_a_verb_after_it():
    events = ev("وقتل 12 مسلحا أمس في غارات جوية على مواقع في الفلوجة تابعة لتنظيم داعش، حسب "
                "ما ذكر مسؤول محلي.")
    assert events
    assert all(e.claimant != "Islamic State" for e in events)
    assert all(c.claimant != "Islamic State" for e in events for c in e.claims)


def test_a_speaker_named_right_before_its_verb_still_claims():
    """A guard (passes on main too): SVO "المرصد السوري قال إن…"."""
    events = ev("المرصد السوري قال إن 10 مدنيين قتلوا في غارة جوية على بلدة سراقب أمس.")
    assert events
    assert events[0].claimant == "Syrian Observatory for Human Rights"
