"""Not an event (issue 8, item 4): "every" before an indefinite event word names a kind of
event, none that happened.

"نقف ضد كل عمل إرهابي", "كل هجوم على قواتنا يقابله رد": «كل» right before an indefinite event
word is "every", as «أي» is "any" (triggers.yaml ``every``, unspecified): statements of
solidarity and threats of reprisal tell no attack. Before a definite word («كل الغارات») it is
"all the", and the strikes happened (``not_next_prefixes``); nor does it reach back to the deed
before it ("قتل المسلحون كل من كان في المبنى"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on, types_on

types = types_on(date(2015, 8, 7), "ar")
modalities = modalities_on(date(2015, 8, 7))


def test_standing_against_every_terrorist_act_is_no_attack():
    assert types("وأكد الوزير وقوف بلاده إلى جانب الكويت ضد كل عمل إرهابي يستهدف أمنها "
                 "واستقرارها.") == []


def test_every_attack_answered_is_a_threat_not_an_attack():
    assert types("وقال قائد الشرطة إن كل هجوم على مواقعنا في مدينة العريش سيقابله رد قاس.") == []


def test_answering_every_attack_a_side_makes_tells_none():
    assert types("وقال القائد إن قواته سترد على كل هجوم تشنه الميليشيات على مدينة تعز.") == []


def test_condemning_every_bombing_tells_none():
    assert types("وجدد البيان إدانة المملكة لكل تفجير يستهدف المدنيين في الكويت.") == []


def test_all_the_strikes_made_are_strikes():
    """guard: passes on the base"""
    assert types("واستهدفت كل الغارات مواقع المتمردين في صعدة أمس.") == ["airstrike"]


def test_killing_everyone_in_a_building_is_told():
    """guard: passes on the base"""
    assert modalities("قتل المسلحون كل من كان في المبنى أمس في مدينة العريش.") == [
        ("attack", "actual")]
