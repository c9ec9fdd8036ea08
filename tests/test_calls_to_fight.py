"""A call to fight is no fight: "المطلوب هو تحرير المدينة" asks for a deed that has not
happened. A deed told after the call as what came before it ("بعد أن قصف الحوثيون المدينة"),
or told of those named after the request ("استقبال الجرحى الذين أصيبوا في المعارك"), happened.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 5, 30)


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar")]


def test_clashes_told_after_a_call_for_calm_happened():
    assert events("دعا المجلس المحلي إلى التهدئة عقب اشتباكات عنيفة بين الجيش والمسلحين في مدينة "
                  "سرت أمس.") == [("clash", "actual")]


def test_a_shelling_told_after_an_appeal_happened():
    # guard: the shelling is what came before the appeal
    assert events("ناشد الأهالي في مدينة تعز المنظمات الدولية التدخل بعد أن قصف الحوثيون المدينة "
                  "أمس.") == [("shelling", "actual")]


def test_a_raid_right_after_a_call_stays_a_wish():
    # guard: within the old reach too
    assert events("طالب البرلمان الحكومة بشن غارات على مواقع التنظيم في سرت.") == []


def test_what_is_called_for_is_not_done():
    assert events("وقال القيادي إن المطلوب هو تحرير محافظة الجوف من الحوثيين قبل الحديث عن أي "
                  "حل سياسي.") == []


def test_a_wanted_man_killed_in_a_clash_still_fought():
    # guard: "المطلوب" alone names a wanted man, no call
    assert events("قتل المطلوب أمنيا في اشتباك مع قوات الأمن في بلدة العوامية أمس.") == [
        ("clash", "actual")]


def test_the_wounded_of_battles_told_after_a_request_were_wounded():
    # guard: the battles are told of those named after the request, in a relative clause
    assert events("طلبت الحكومة من تركيا استقبال أعداد إضافية من المدنيين والجنود الذين جرحوا في "
                  "المعارك مع تنظيم داعش في حلب.") == [("clash", "actual")]
