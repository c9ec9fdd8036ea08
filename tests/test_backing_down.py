"""A word of falling back names no withdrawal when a figure fell ("واصل مؤشر البورصة تراجعه",
"تراجع الأرباح") or a stance was dropped ("تراجعت الحكومة عن قرارها", "تراجع التنظيم عن
وعوده بمغادرة المدينة", "لا ينوي التراجع عن الخطط"). Fighters who fell back from their
positions or from a town did withdraw. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 4, 18)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_a_group_that_went_back_on_its_promise_did_not_withdraw():
    assert types("وتراجع تنظيم القاعدة في اليمن عن وعوده بمغادرة مدينة المكلا.") == []


def test_an_army_that_will_not_drop_its_plans_is_not_withdrawing():
    assert types("وقال إن الجيش الإسرائيلي لا ينوي التراجع عن الخطط العملياتية في غزة.") == []


def test_a_government_that_reversed_a_decision_did_not_withdraw():
    assert "movement" not in types("وتراجعت قوات الوفاق عن قرارها بسحب وحداتها من طرابلس.")


def test_a_market_index_that_fell_is_no_withdrawal():
    # guard: a figure fell (`counts` has the market's nouns)
    assert "movement" not in types("وواصل مؤشر البورصة تراجعه في تعاملات أمس بعد هجوم "
                                   "الحوثيين على جازان.")


def test_fighters_who_fell_back_from_their_positions_withdrew():
    # guard: ground left
    assert types("وتراجع مسلحو الحوثي عن مواقعهم في محيط مدينة تعز.") == ["movement"]


def test_fighters_who_fell_back_from_a_town_withdrew():
    # guard: a place after the link
    assert "movement" in types("وتراجع الحوثيون عن عدن بعد معارك عنيفة.")
