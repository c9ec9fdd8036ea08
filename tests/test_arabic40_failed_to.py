"""Attempted, not actual (issue 8, items 2 and 4): what a side failed to do or could not do.

"فشلت القوات في السيطرة على البلدة", "لم تستطع قوات النظام السيطرة عليها", "لم يتمكن
المسلحون من دخول البلدة": the town was not taken, the fighters did not get in — the deed was
tried and did not happen (attempted), however many words (the subject, «من») stand between the
failure and the deed (triggers.yaml ``modality.cues.attempted``). «لم» before «يتمكن» is that
failure, not a plain negation (``modality.not_next``). What a side managed to do happened.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

modalities = modalities_on(date(2015, 8, 3), "ar")


def test_forces_that_could_not_take_a_town_attempted_it():
    assert ("territory_change", "attempted") in modalities(
        "ولم تستطع قوات النظام السيطرة على بلدة مورك رغم القصف العنيف.")


def test_the_shelling_beside_the_failure_happened():
    """guard: passes on the base"""
    assert ("shelling", "actual") in modalities(
        "ولم تستطع قوات النظام السيطرة على بلدة مورك رغم القصف العنيف.")


def test_a_town_the_army_could_not_take_told_in_a_relative_clause():
    assert modalities("وحذر من تكرار تجربة بلدة مورك التي لم يستطع الجيش السوري السيطرة عليها "
                      "رغم الدمار الكبير فيها.") == [("territory_change", "attempted")]


def test_militias_that_failed_to_storm_a_city_attempted_the_assault():
    assert modalities("وفشلت ميليشيات الحوثي أمس في اقتحام مدينة الضالع.") == [
        ("territory_change", "attempted")]


def test_fighters_who_did_not_manage_to_enter_a_town_attempted_it():
    assert [m for _, m in modalities("ولم يتمكن مسلحو داعش من دخول بلدة مورك أمس.")] == [
        "attempted"]


def test_did_not_manage_right_before_the_deed_is_the_failure_too():
    assert modalities("وقالت المصادر إن مسلحي داعش لم يتمكنوا من اقتحام بلدة مورك.") == [
        ("territory_change", "attempted")]


def test_forces_that_managed_to_take_a_town_took_it():
    """guard: passes on the base"""
    assert modalities("وتمكنت قوات النظام أمس من السيطرة على بلدة مورك.") == [
        ("territory_change", "actual")]


def test_strikes_that_failed_to_hit_their_targets_were_flown():
    """guard: passes on the base"""
    assert modalities("فشلت الغارات الجوية على بلدة مورك أمس في إصابة أهدافها.") == [
        ("airstrike", "actual")]


def test_a_monitor_that_could_not_count_the_dead_told_strikes_that_happened():
    """guard: passes on the base"""
    assert modalities("ولم يتمكن المرصد من تحديد عدد القتلى في الغارات الجوية على بلدة "
                      "مورك أمس.") == [("airstrike", "actual")]


def test_a_side_that_could_not_profit_from_strikes_saw_them_flown():
    """guard: passes on the base"""
    assert modalities("وقال إن النظام لم يستطع أن يستفيد من غارات التحالف التي استهدفت "
                      "مدينة الرقة أمس.") == [("airstrike", "actual")]

