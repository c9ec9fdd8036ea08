"""Modality (issue 8): "إن طرد التنظيم من المناطق القريبة من المدينة سيتيح لهم…" is no deed.

A deed named as the subject of a future verb of consequence ("سيعني", "سيتيح", "ستفتح") is an
assessment of what may come, not a deed told (triggers.yaml ``consequent``). The subject may be
long — the deed, its object and where ("استعادة السيطرة على أحياء المدينة الشرقية من المسلحين
ستعني…"): the verb is now looked for up to nine words after the deed, not five. And a deed
word read as a past verb ("طرد") is its noun right after a topic opener (إن، بأن), which no
verb follows.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 8, 10))


def test_an_expulsion_named_far_from_its_consequence_is_no_deed():
    assert kinds("ويقول قادة الفصائل إن طرد تنظيم داعش من القرى القريبة من مدينة حلب سيتيح لهم "
                 "التفرغ لقتال النظام.") == []


def test_a_recapture_with_a_long_object_is_no_deed():
    assert kinds("وقال المحلل إن استعادة السيطرة على أحياء مدينة تعز الشرقية من الميليشيات ستعني "
                 "قطع طرق الإمداد.") == []


def test_a_short_subject_was_read_before():
    """guard: passes on the base"""
    assert kinds("وقال إن السيطرة على مدينة تعز ستفتح الطريق أمام المقاومة نحو صنعاء.") == []


def test_a_deed_told_by_its_verb_stays_done():
    """guard: passes on the base"""
    assert kinds("وسيطرت المقاومة على مدينة تعز أمس، ما سيعني قطع طرق الإمداد عن الميليشيات.") == [
        ("territory_change", "actual")]
