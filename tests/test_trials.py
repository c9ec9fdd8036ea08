"""A court's act tells what the accused are tried for, not news of the deed: "أجلت محكمة
الجنايات محاكمة 17 متهما … لاتهامهم بقتل ثلاثة جنود … إلى جلسة 4 أكتوبر المقبل" has no
killing planned for October, "قضت المحكمة بإعدام … لإدانتهم في قضية اقتحام مقر" no storming of
the day. A blast near a court is a blast. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 12)


def events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.event_type, e.modality, e.date_start)
            for e in extract(text, published=PUB, language="ar")]


def test_a_trial_postponed_to_a_session_to_come_plans_no_deed():
    assert events("وأجلت محكمة جنايات الإسكندرية محاكمة 17 متهما لاتهامهم بقتل ثلاثة جنود "
                  "وتفجير عبوات ناسفة في مدينة العريش، إلى جلسة 4 أكتوبر المقبل.") == []


def test_a_sentence_passed_for_an_old_storming_tells_no_storming():
    assert events("وقضت المحكمة بإعدام خمسة متهمين لإدانتهم في قضية اقتحام مقر مديرية الأمن "
                  "في مدينة المنيا، وتعود وقائع القضية إلى عام 2013 حين اقتحم مسلحون المقر.") == []


def test_the_charges_brought_are_no_deed_of_the_day():
    assert events("وأحالت النيابة العامة 12 شخصا إلى محكمة الجنايات لاتهامهم بتنفيذ تفجير "
                  "استهدف حسينية في مدينة الأحساء.") == []


def test_the_accused_in_a_bombing_are_tried_for_it():
    assert events("بدء محاكمة المتهمين في تفجير مسجد بمدينة الدمام") == []


def test_a_blast_by_a_court_is_a_blast():
    # guard: a court named as a place
    assert events("وأصيب شرطيان جراء انفجار عبوة ناسفة أمام محكمة الأسرة في مدينة طنطا أمس.")
