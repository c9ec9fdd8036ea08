"""Events (issue 8): a country that falls or rises to a rank in a list moves nowhere.

"تراجعت اليمن إلى المرتبة 154 في مؤشر التنمية" (Yemen fell to 154th place in the development
index) tells a ranking: a word of arriving, falling or advancing with one of the ranks
(triggers.yaml ``not_ground.ranks``: المرتبة، الصدارة) within three words after it is no
movement (`trigger_objects._ranked`), and the country's name gives no side. Troops that
advance on a town still move. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 7), "ar")


def test_a_country_falling_to_a_rank_moves_nowhere():
    assert types("وفي مؤشر التنمية البشرية تراجعت اليمن إلى المرتبة 152، وليبيا إلى المرتبة 94، "
                 "والسودان إلى المركز 167.") == []


def test_a_country_advancing_to_a_rank_moves_nowhere():
    assert types("وتقدمت اليمن إلى المرتبة 98 في مؤشر السلام، وموريتانيا إلى المرتبة 156، "
                 "وليبيا إلى المركز 120.") == []


def test_troops_advancing_on_a_town_move():
    """guard: passes on the base"""
    assert types("وتقدمت قوات الجيش إلى مدينة الرمادي أمس.") == ["movement"]
