"""Claims (issue 8, item 5): suspects arrested after a blow are no loss of the blow.

"ألقت الشرطة القبض على 12 شخصا يشتبه في ضلوعهم في التفجير", "تم توقيف عدد من الضباط على خلفية
التفجير", "القبض على 27 من القرويين على علاقة بالجريمة": a count of people taken with a word of
suspicion or involvement in it or a few words after it is an arrest after the deed, never people
captured in it (quantities.yaml ``suspects``). People taken in the fight itself, and a group's
abductions "on charges of", stay its losses. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 7, 20)


def claims(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.category, c.best if c.best is not None else c.low)
                  for e in extract(text, published=DAY, language="ar") for c in e.claims)


def test_suspects_arrested_after_a_bombing_are_not_its_captives():
    assert claims("وقتل أربعة أشخاص في انفجار استهدف حافلة للشرطة في قرية سترة أمس، وألقت "
                  "الشرطة القبض على 12 شخصا يشتبه في ضلوعهم في التفجير.") == [("killed", 4)]


def test_officers_held_over_a_bombing_are_not_its_captives():
    assert claims("قتل 30 شخصا في تفجير سيارة مفخخة في سوق ببلدة الخالص أمس. وقالت الشرطة إنه تم "
                  "توقيف خمسة من الحراس على خلفية التفجير.") == [("killed", 30)]


def test_soldiers_taken_in_the_attack_stay_its_captives():
    """guard: passes on the base"""
    assert claims("وقتل خمسة جنود وأسر المسلحون ثلاثة آخرين في هجوم على حاجز في العريش أمس.") == [
        ("captured", 3), ("killed", 5)]


def test_a_groups_abduction_on_charges_stays_a_capture():
    """guard: passes on the base"""
    assert claims("اختطف مسلحو تنظيم داعش 20 مدنيا بتهمة التعاون مع الجيش في قرية قرب الموصل "
                  "أمس.") == [("captured", 20)]


def test_suspects_the_security_forces_took_in_their_operation_stay_its_captives():
    """guard: passes on the base"""
    assert claims("وأعلنت وزارة الداخلية أن قوات الأمن قتلت مسلحا واعتقلت 16 شخصا للاشتباه في "
                  "انتمائهم لجماعة إرهابية خلال مداهمات في مدينة بنزرت أمس.") == [
        ("captured", 16), ("killed", 1)]
