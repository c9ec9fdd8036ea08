"""A side that withdraws its forces moves them: "سحب المسلحون قواتهم من مدينة الرمادي", "بدأت
القوات الأمريكية سحب جنودها من القاعدة" are withdrawals, as "انسحب" is. "سحب" is also any
withdrawal, a prize draw and a cloud, so it is an ambiguous movement word (strength 0.8, an
armed actor close) that moves a force only with one named a few words after it (triggers.yaml
``forces_after`` and ``withdrawn``); a withdrawal demanded or intended is no deed done."""
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


def test_a_prize_draw_moves_nothing():
    """Guard: no force named after "السحب"."""
    assert types("وأضاف قائد الشرطة أنه سيجري السحب على تذاكر الطيران في مهرجان مدينة أبها.") == []


def test_bodies_left_unretrieved_move_nothing():
    """Guard: bodies are no force."""
    assert types("ولم يهتم المسلحون بسحب جثث قتلاهم من شوارع مدينة الحوطة.") == []


def test_a_withdrawal_demanded_of_a_party_is_none_done():
    """Guard: the demand as a noun ("بمطالبة") is a wish."""
    assert types("وردت الحكومة بمطالبة الحزب بسحب مقاتليه من المنطقة الحدودية في مدينة زاخو.") == []


def test_clouds_of_smoke_over_struck_positions_are_the_strikes_only():
    """Guard: "سحب الدخان" are clouds."""
    assert types("وتصاعدت سحب الدخان من مواقع التنظيم في مدينة الرمادي بعد الغارات.") == [
        "airstrike"]


def test_a_decision_to_withdraw_is_no_withdrawal():
    """Guard: what was decided may be reversed."""
    assert types("وأعلنت الحكومة قرارها بسحب وحداتها من مدينة سرت خلال الأيام المقبلة.") == []
