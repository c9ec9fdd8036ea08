"""A plot told as a noun is mostly a charge or a kind, no attack done and none of a day
planned: men charged "بالتخطيط للقيام بتفجيرات" or who came "بنية تنفيذ هجمات" carried out
no attack, and car bombs brought in ("إدخال سيارات مفخخة") were smuggled, not set off. An
attack carried out after long planning is told done. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 10, 3)


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar")]


def test_a_man_charged_with_planning_bombings_bombed_nothing_yet():
    assert ("attack", "actual") not in events("وتتهمه الشرطة بالتخطيط للقيام بتفجيرات في القاهرة.")


def test_men_who_came_intending_bombings_bombed_nothing_yet():
    assert ("attack", "actual") not in events(
        "وقال المتحدث إن المتهمين دخلوا البلاد بنية تنفيذ تفجيرات في الكويت.")


def test_car_bombs_brought_in_and_plots_listed_among_charges_are_no_attack_done():
    assert ("attack", "actual") not in events(
        "وأوقفت السلطات مجموعة متورطة في إدخال سيارات مفخخة إلى لبنان والتخطيط لأعمال "
        "إرهابية على الأراضي اللبنانية.")


def test_an_attack_planned_long_and_carried_out_happened():
    # guard: the deed is told done
    assert events("وقتل مسلحو داعش عشرة جنود في هجوم خططوا له طويلا قرب الرمادي.") == [
        ("clash", "actual")]
