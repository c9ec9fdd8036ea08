"""A side that withdraws its forces moves them: "سحب المسلحون قواتهم من مدينة الرمادي", "بدأت
القوات الأمريكية سحب جنودها من القاعدة" are withdrawals, as "انسحب" is. "سحب" is also any
withdrawal and a cloud, so it is an ambiguous movement word (strength 0.8, triggers.yaml): an
event only with an armed actor close, and never with what no force is right after it
(``figurative_after``: "سحب الثقة", "سحب البساط", "سحب الدخان")."""
from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 10), "ar")


def test_gunmen_withdrawing_their_forces_from_a_city_moved():
    assert types("وسحب المسلحون قواتهم من مدينة الرمادي أمس.") == ["movement"]


def test_troops_beginning_to_withdraw_from_a_base_moved():
    assert types("وبدأت القوات الأمريكية سحب جنودها من قاعدة عين الأسد.") == ["movement"]


def test_an_ambassador_withdrawn_moves_no_force():
    """Guard: no armed actor withdraws."""
    assert types("وسحبت السعودية سفيرها من طهران أمس.") == []


def test_the_rug_pulled_from_under_a_group_moves_nothing():
    """Guard: "سحب البساط" is an idiom, whoever pulls it."""
    assert types("ونجح الجيش في سحب البساط من تحت أقدام التنظيم في مدينة الرمادي.") == []


def test_clouds_of_smoke_over_struck_positions_are_the_strikes_only():
    """Guard: "سحب الدخان" are clouds."""
    assert types("وتصاعدت سحب الدخان من مواقع التنظيم في مدينة الرمادي بعد الغارات.") == [
        "airstrike"]
