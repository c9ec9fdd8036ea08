"""A growth confronted is a policy, no blow repelled: "عقيدة تتصدى لتمدد الحلف", "تصدى
الجيش لتمدد التنظيم". An attack repelled ("تصدت القوات لهجوم") was a fight. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

modalities = modalities_on(date(2016, 3, 2))


def test_a_doctrine_confronting_an_alliances_buildup_fights_nobody():
    assert modalities("وتأتي الوثيقة بعد أشهر على إعلان موسكو عقيدة عسكرية جديدة تتصدى لتمدد "
                      "الحلف الأطلسي في أوروبا.") == []


def test_an_army_confronting_a_groups_spread_fights_no_battle_of_a_day():
    assert modalities("وأكد الوزير أن الجيش تصدى لتمدد تنظيم داعش في محافظة الأنبار.") == []


def test_an_attack_repelled_was_a_fight():
    # guard
    assert modalities("وتصدت القوات لهجوم شنه تنظيم داعش على مدينة الرمادي أمس.") == [
        ("clash", "actual")]

