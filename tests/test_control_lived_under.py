"""Control lived under or lasting is who holds the ground, not ground taken: "في ظل سيطرة
الحوثيين على العاصمة", "مع استمرار سيطرة الحوثيين على العاصمة". Ground taken in such a
time ("سيطر الحوثيون على المدينة في ظل غياب الجيش") was taken. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

modalities = modalities_on(date(2016, 4, 11))


def test_control_a_town_lives_under_is_no_ground_taken():
    assert modalities("ويعيش السكان في ظل سيطرة الحوثيين على العاصمة صنعاء.") == []


def test_lasting_control_is_no_ground_taken():
    assert modalities("ويأتي ذلك مع استمرار سيطرة الحوثيين على العاصمة صنعاء.") == []


def test_ground_taken_while_an_army_was_away_was_taken():
    # guard: the verb comes first
    assert modalities("وسيطر الحوثيون أمس على مدينة إب في ظل غياب قوات الجيش.") == [
        ("territory_change", "actual")]
