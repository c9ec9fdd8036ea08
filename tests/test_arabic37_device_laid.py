"""Not an event (issue 8): a device named by who laid it.

"جراء انفجار ألغام زرعها الحوثيون", "بانفجار لغم أرضي زرعته الميليشيات": a verb of mining
right after the device (its adjective or a relative pronoun between, up to three words on)
tells where the device of the blast came from — one event, the blast, with the side that laid
it; no mining of its own (triggers.yaml ``laid_devices``). Mines laid, told as the deed, stay
a mining. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 8, 9))


def test_the_blast_of_mines_laid_by_a_side_is_one_event():
    assert kinds("وقتل ثلاثة مدنيين أمس جراء انفجار ألغام زرعها الحوثيون على طريق في محافظة لحج.") \
        == [("attack", "actual")]


def test_a_device_with_its_adjective_between():
    assert kinds("وأصيب مدنيان بانفجار لغم أرضي زرعته الميليشيات الحوثية في منطقة العرقوب بمحافظة "
                 "أبين.") == [("attack", "actual")]


def test_mines_cleared_are_no_mining():
    """guard: passes on the base"""
    assert kinds("وتواصل الفرق الهندسية نزع الألغام التي زرعتها الميليشيات الحوثية في أحياء عدن أمس.") \
        == []


def test_mines_laid_told_as_the_deed_stay():
    """guard: passes on the base"""
    assert kinds("وزرعت الميليشيات الحوثية عشرات الألغام في محيط مطار عدن.") == [("other", "actual")]
