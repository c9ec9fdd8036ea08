"""A toll told first and the strike that caused it after ("قتل 43 مدنيا عندما قصف المتمردون
عدن"): the strike says how, the toll does not; and who counted it. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2017, 6, 2)  # a Friday


def test_a_toll_then_the_shelling_that_caused_it_is_shelling():
    [event] = extract("قتل 20 مدنيا على الأقل الأربعاء عندما قصف المتمردون مدينة تعز، بحسب ما "
                      "أفاد مسؤول طبي.", published=PUB, article_id="t")
    assert event.event_type == "shelling"


def test_a_medical_official_is_a_medical_source_not_a_party():
    [event] = extract("قتل 20 مدنيا على الأقل الأربعاء عندما قصف المتمردون مدينة تعز، بحسب ما "
                      "أفاد مسؤول طبي.", published=PUB, article_id="t")
    assert {c.claimant for c in event.claims} == {"medical sources"}


def test_a_strike_then_its_toll_stays_a_strike():
    [event] = extract("قصف المتمردون مدينة تعز الأربعاء ما أدى إلى مقتل 20 مدنيا.",
                      published=PUB, article_id="t")
    assert event.event_type == "shelling"
