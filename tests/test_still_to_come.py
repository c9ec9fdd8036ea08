"""Deeds still to come. One told with the light verb in the future ("ستتم السيطرة على المدينة",
"سيجري تحرير المناطق", "سوف يتم طرد المسلحين") is planned, however sure the speaker — the past
light verb ("تمت السيطرة") tells it done. So is one whose nearness is told ("قرب سقوط القاعدة",
"مع قرب وصول القوات"); "قرب" before a place is "near", and the deed there happened.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def modalities(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality)
            for e in extract(text, published=PUB, article_id="t", language="ar")]


def test_control_that_will_be_taken_is_planned():
    assert ("territory_change", "actual") not in modalities(
        "وقال قائد ميداني إن قوات الجيش الوطني تتقدم في محافظة أبين، وستتم السيطرة على مدينة "
        "زنجبار خلال أيام.")


def test_ground_that_will_be_freed_is_planned():
    assert ("territory_change", "planned") in modalities(
        "وقال إن المقاومة الشعبية تتقدم في محافظة لحج، وسيجري تحرير مدينة الحوطة من الحوثيين.")


def test_control_that_was_taken_is_actual():
    # guard: the past light verb tells the deed done
    assert ("territory_change", "actual") in modalities(
        "وقال قائد ميداني إن قوات الجيش الوطني تقدمت في محافظة أبين، وتمت السيطرة على مدينة "
        "زنجبار أمس.")


def test_an_imminent_fall_is_planned():
    assert modalities("وأكد المتحدث العسكري قرب دحر الميليشيات المتمردة من مدينة تعز.") == [
        ("territory_change", "planned")]


def test_an_imminent_arrival_is_planned():
    assert modalities("وتنتظر قوات الجيش الوطني الأوامر، مع قرب وصول المقاومة الشعبية إلى مدينة "
                      "زنجبار.") == [("movement", "planned")]


def test_a_clash_near_a_place_happened():
    # guard: "قرب" before a place is "near"
    assert modalities("اندلعت اشتباكات عنيفة قرب مطار تعز أمس بين المقاومة الشعبية "
                      "والحوثيين.") == [("clash", "actual")]
