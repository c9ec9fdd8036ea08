"""Claimants and modality (issue 8, items 4 and 5): «وفق» names a source, and a source between
commas is an aside.

"… وأحكموا سيطرتهم على الحي، وفق الناطق باسم المقاومة": «وفق» (according to) names the speaker
like «وفقا لـ» and «بحسب» (attribution.yaml ``prepositions``). "وستواصل القوات، وفق المتحدث
العسكري، التقدم نحو المدينة": a source told between two commas is an aside — the cue before it
still reaches the event after it (`modality_binding.crosses_punct`), so the advance is to come.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import modalities_on

DAY = date(2015, 8, 4)
modalities = modalities_on(DAY, "ar")


def test_an_advance_to_go_on_past_a_source_between_commas_is_planned():
    assert modalities("وستواصل القوات الشرعية، وفق المتحدث العسكري، التقدم نحو مدينة تعز.") == [
        ("movement", "planned")]


def test_according_to_names_the_speaker():
    events = extract("وسيطرت المقاومة الشعبية على حي الجمهوري في مدينة تعز أمس، وفق الناطق باسم "
                     "المقاومة في تعز.", published=DAY, language="ar")
    assert [e.claimant for e in events] == ["Yemeni government forces"]


def test_an_advance_going_on_with_no_aside_is_planned():
    """guard: passes on the base"""
    assert modalities("وستواصل القوات الشرعية التقدم نحو مدينة تعز.") == [("movement", "planned")]
