"""A call to fight is no fight: "دعا قائد الجماعة في كلمة متلفزة أنصاره إلى مهاجمة مواقع الجيش"
asks for an attack that has not happened, though the caller, the medium and those called stand
between the call and the deed. A deed told after the call as what came before it ("بعد أن قصف
الحوثيون المدينة") happened. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 5, 30)


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar")]


def test_a_call_to_settle_the_battle_is_no_battle():
    assert events("دعت المقاومة الشعبية في محافظة البيضاء الأهالي لحمل السلاح وحسم المعركة ضد "
                  "الحوثيين في أقرب وقت.") == []


def test_a_leaders_call_to_attack_with_its_medium_between_is_no_attack():
    assert events("دعا زعيم التنظيم في تسجيل صوتي بثه موقع إلكتروني أنصاره إلى شن هجمات على "
                  "القوات الأمريكية في العراق.") == []


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
