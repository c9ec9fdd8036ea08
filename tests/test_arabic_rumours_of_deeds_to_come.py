"""Modality (issue 8): a deed still to come, told by hearsay, is planned, not alleged.

"وسط أنباء عن اقتحام الفلوجة قريبا" (amid reports of an imminent storming of Fallujah) and
"زعم التنظيم أنه سيهاجم" (claimed it will attack) report no deed done: the annotation guide
gives plans and threats the modality planned, and "alleged" is for deeds claimed done. A cue of
a deed to come (soon, intending, planned, ahead) or a future verb wins over hearsay
(`modality_binding._COMING`, `modality_of`); hearsay of a deed done stays alleged. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

modalities = modalities_on(date(2015, 8, 1))


def test_reports_of_a_storming_soon_tell_a_plan():
    assert modalities("وتدور معارك عنيفة شمال الرمادي وسط أنباء عن اقتحام القوات العراقية مدينة "
                      "الفلوجة قريبا.")[-1] == ("territory_change", "planned")


def test_a_group_claiming_it_will_attack_threatens():
    assert modalities("وزعم تنظيم داعش في بيان أنه سيهاجم مواقع البيشمركة في مخمور.") == [
        ("clash", "planned")]


def test_reports_of_a_storming_yesterday_stay_alleged():
    """guard: passes on the base"""
    assert modalities("وتحدثت أنباء عن اقتحام القوات العراقية مدينة الفلوجة أمس.") == [
        ("territory_change", "alleged")]
