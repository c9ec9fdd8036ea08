"""Not an event (issue 8): a weapon destroyed or hit is a target, not fire of its own.

"دمرت الغارات دبابة وقطع مدفعية", "أدت الغارات إلى تدمير مدفعية تابعة للحوثيين": the artillery
named as what the strike destroyed made a shelling beside the air strike. A ground weapon word
after a word of destroying or hitting (a word between when it is a verb: right after the verb
the weapon is its subject, "دمرت مدفعية الجيش آليات"), or right after a piece word ("قطع
مدفعية"), is a thing struck (triggers.yaml ``struck_weapons``). The instrument's ب keeps its
fire. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 9), "ar")


def test_artillery_pieces_a_raid_destroyed_are_no_shelling():
    assert types("شنت مقاتلات التحالف غارات على مواقع التنظيم قرب الرقة ودمرت دبابة وقطع "
                 "مدفعية.") == ["airstrike"]


def test_artillery_the_strikes_destroyed_is_no_shelling():
    assert types("وأكد المتحدث أن الغارات أدت إلى تدمير مدفعية ومخزن ذخيرة للمتمردين في "
                 "مأرب.") == ["airstrike"]


def test_artillery_jets_targeted_is_no_shelling():
    assert types("واستهدفت طائرات التحالف مدفعية المتمردين المتمركزة في جبل قرب تعز.") == [
        "airstrike"]


def test_artillery_right_after_the_verb_is_its_subject_and_fires():
    """guard: passes on the base"""
    assert types("ودمرت مدفعية الجيش آليات للمسلحين في ريف حماة أمس.") == ["shelling"]


def test_artillery_as_the_instrument_fires():
    """guard: passes on the base"""
    assert types("وقصفت قوات النظام بلدة داعل بالمدفعية الثقيلة أمس.") == ["shelling"]


def test_shells_after_a_verb_and_a_number_are_its_subject_and_fire():
    """guard: passes on the base"""
    assert types("واستهدفت خمس قذائف أطلقها الحوثيون مستشفى في تعز صباح أمس.") == ["shelling"]


def test_shells_counted_after_the_instruments_ba_fire():
    """guard: passes on the base"""
    assert types("وقال ناشطون إن قوات النظام استهدفت بلدتين في ريف إدلب بـ 400 قذيفة أمس.") == [
        "shelling"]
