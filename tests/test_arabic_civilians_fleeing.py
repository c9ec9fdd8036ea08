"""Civilians who flee are no force that moves. The annotation guide's movement is a force's (an
advance, a withdrawal, a convoy); "نزح آلاف السكان من البلدة هربا من المعارك بين الجيش
والتنظيم" told a movement of the army, and a flight of families on Monday lent its day to an
advance told on Sunday. A word of civilians (triggers.yaml ``civilian_movers``) next to the
movement word — after it as often as before it in Arabic, with only counts, "على" of forcing or
a relative pronoun between (``civilian_mover_bridges``) — makes a flight of civilians: no event
of its own, and never one with an armed side's move (`candidates._civilians_moving`,
`standing.is_anchored`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)  # a Wednesday; Monday is 14 March, Sunday 13 March


def _moves(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each movement's start, end and sides."""
    return [(str(e.date_start), str(e.date_end), tuple(a.name for a in e.actors))
            for e in extract(text, published=DAY, language="ar") if e.event_type == "movement"]


@pytest.mark.parametrize("text", [
    "نزح آلاف السكان من بلدة الحاضر يوم الاثنين هربا من المعارك بين الجيش السوري وتنظيم داعش.",
    "غادرت عشرات العائلات بلدة البغدادي باتجاه مدينة حديثة أمس هربا من قصف مسلحي تنظيم داعش.",
    "أجبرت المعارك بين قوات النظام وفصائل المعارضة الأهالي على النزوح من قرى ريف إدلب الجنوبي.",
    "وتسبب القصف الذي شنته قوات النظام على البلدة في فرار عشرات العائلات منها أمس.",
])
def test_a_flight_of_civilians_is_no_force_moving(text):
    assert _moves(text) == []


def test_the_flight_lends_the_advance_no_day():
    got = _moves("تقدمت قوات الحشد الشعبي نحو بلدة الصقلاوية صباح الأحد. "
                 "وفرت عشرات العائلات من البلدة مساء الاثنين.")
    assert got == [("2016-03-13", "2016-03-13", ("Popular Mobilization Forces",))]


@pytest.mark.parametrize("text, side", [
    # guard: fighters who flee are a side's move, whatever civilians stand later in the clause
    ("فر عشرات من مسلحي الحوثي من مدينة تعز باتجاه إب يوم الاثنين.", "Houthis"),
    # guard: a withdrawal after which civilians fled is still the side's withdrawal
    ("انسحب مسلحو التنظيم من قرية تل الذهب يوم الاثنين بعد أن فر منها الأهالي.",
     "Islamic State"),
])
def test_a_side_that_moves_still_moves(text, side):
    """Guard: fighters on the move are a side's movement."""
    assert [m[2] for m in _moves(text)] == [(side,)]


def test_an_advance_told_with_the_flight_is_the_sides_move():
    """Guard: the clause tells the side's advance too."""
    got = _moves("نزحت مئات الأسر من قرى ريف الرقة الشمالي نحو الحدود التركية مع تقدم وحدات "
                 "حماية الشعب الكردية.")
    assert [m[2] for m in got] == [("People's Protection Units",)]


def test_civilians_who_are_only_the_object_do_not_move():
    """Guard: civilians after the movement word with another word between them are its object
    or its setting ("انسحبت القوات من أحياء المدنيين"), not its movers."""
    got = _moves("انسحبت قوات النظام من أحياء المدنيين في بلدة الحاضر يوم الاثنين.")
    assert [m[2] for m in got] == [("Syrian Arab Army",)]
