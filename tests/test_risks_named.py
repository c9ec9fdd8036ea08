"""A risk named is what may come, not what came: "لا خطر من قيام المسلحين بشن هجوم", "حذر من
خطر تجدد الاشتباكات" tell no attack and no clash that happened. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2018, 1, 22)


def modalities(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar")]


def test_no_risk_of_a_counter_attack_is_no_attack_told():
    assert ("clash", "actual") not in modalities(
        "قال مسؤولون إنه لا خطر من قيام الحوثيين بشن هجوم مضاد على مدينة المكلا.")


def test_a_warning_of_renewed_clashes_is_no_clash_told():
    assert ("clash", "actual") not in modalities(
        "حذر الوزير من خطر تجدد الاشتباكات بين الجيش والمسلحين في مدينة درنة.")


def test_clashes_told_beside_a_risk_named_later_still_happened():
    # guard: the clashes come before the risk and its cue
    assert ("clash", "actual") in modalities(
        "اندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة درنة أمس، وحذر الوزير من خطر "
        "انتشار الفوضى.")
