"""A toll of thousands in a sentence that names a war or an insurgency counts the war, however
far the war word stands from it ("تخوض الجماعة تمردا منذ 2009 وأدت هجماتها إلى سقوط أكثر من 15
ألف قتيل"); a toll "over two months" counts the months. Neither is a claim of the day's event
told beside it; that event keeps its own. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = "قتل 13 جنديا أمس في هجوم شنته جماعة بوكو حرام قرب مدينة باما. "


def tolls(text: str) -> list[int | None]:
    return [c.best if c.best is not None else c.low
            for e in extract(text, published=date(2016, 6, 20), language="ar") for c in e.claims]


def test_an_insurgencys_toll_is_no_claim_of_the_days_attack():
    assert tolls(DAY + "وتخوض الجماعة تمردا منذ 2009 وأدت هجماتها إلى سقوط أكثر من 15 ألف "
                       "قتيل.") == [13]


def test_a_toll_over_two_months_is_no_claim_of_the_days_attack():
    assert tolls(DAY + "وأسفرت هجمات الجماعة عن مقتل أكثر من 800 شخص خلال شهرين.") == [13]


def test_a_days_toll_of_hundreds_beside_a_war_word_stays():
    # guard: under the floor of a war's toll
    assert 120 in tolls("قتل 120 شخصا أمس في هجوم شنته جماعة بوكو حرام على قرية قرب مدينة باما، "
                        "في أعنف هجوم منذ بدء التمرد.")
