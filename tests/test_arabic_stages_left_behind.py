"""Events (issue 8): a stage, a tone or a stance left behind is no movement.

"انتقلت الحركة من مرحلة الدفاع إلى مرحلة الهجوم" (the movement passed from the stage of
defence to the stage of attack) and "انتقال من خطاب الثورة إلى خطاب الهزيمة" move nobody:
a `shifts` word with one of `stages` right after من/إلى, within three words in its clause
(triggers.yaml ``figurative_objects``). An event noun right after the stage shifted to names
the stage ("انتقلت إلى مرحلة الهجوم"), no attack; a stage named otherwise may be a plan ("ستبدأ
مرحلة تحرير لحج"). Fighters who move between places still move. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 7, 31)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar", article_id="t")]


def test_a_shift_between_stages_is_no_movement_nor_attack():
    assert types("وانتقلت الميليشيات الحوثية من مرحلة الهجوم إلى مرحلة الدفاع بعد خسارة عدن") == []


def test_a_shift_of_tone_is_no_movement():
    assert types("وقال الكاتب إن كلمات الحوثي انتقال واضح من خطاب الثورة إلى خطاب الهزيمة بعد "
                 "خسارة عدن") == []


def test_fighters_who_shift_between_towns_move():
    """guard: passes on the base"""
    assert types("وانتقل مقاتلو الحوثي من عدن إلى لحج أمس") == ["movement"]


def test_troops_who_shift_from_their_positions_move():
    """guard: passes on the base"""
    assert types("وانتقلت قوات الجيش من مواقعها إلى محيط مدينة تعز أمس") == ["movement"]


def test_a_stage_to_begin_is_still_the_plan_it_names():
    """guard: passes on the base"""
    found = extract("وقال القائد إن المقاومة الشعبية ستبدأ قريبا مرحلة تحرير محافظتي لحج وأبين من الحوثيين",
                    published=PUB, language="ar", article_id="t")
    assert [(e.event_type, e.modality) for e in found] == [("territory_change", "planned")]
