"""Roles (issue 8): the side named right after a noun of control with its "على" after it took
the ground — in every event of the clause, not only the noun's own.

"بعد سيطرة X على المدينة واستكمال سيطرته على القرية", "وعند سيطرة X على المحافظة استولى على
المصافي": "سيطرة" before a side is a cue of a target ("من سيطرة X", "تحت سيطرة X": the side
that held what was taken), so once a second word of taking joined the clause the side that took
both places was read as the side hit by them. With its object's "على" after the side (a place or
a time between at most), the noun of control names its taker; "من سيطرة X" and "تحت سيطرة X"
keep the holder.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
NUSRA, IS, FSA, HOUTHIS = "Hayat Tahrir al-Sham", "Islamic State", "Free Syrian Army", "Houthis"


def ev(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB, language="ar", article_id="t")
            if e.event_type == "territory_change"]


def test_control_of_a_town_then_of_a_village_by_its_pronoun():
    events = ev("وتحدث الأهالي عن سيطرة جبهة النصرة على بلدة الزربة واستكمال سيطرتها على قرية برنة.")
    assert events
    assert roles_of(events, NUSRA) == {"actor1"}


def test_control_then_a_verb_of_seizing():
    events = ev("وعند سيطرة تنظيم داعش على محافظة نينوى استولى على مصافي النفط في بيجي.")
    assert events
    assert roles_of(events, IS) == {"actor1"}


def test_a_place_between_the_side_and_its_object():
    events = ev("وتغيرت حياة السكان بعد سيطرة الجيش الحر في ريف حلب على مدينة مارع، واستكمال سيطرته على مدينة إعزاز.")
    assert events
    assert roles_of(events, FSA) == {"actor1"}


def test_control_of_a_district_then_its_villages():
    events = ev("وقال سكان إن سيطرة ميليشيات الحوثي على مديرية حرض جاءت قبل إحكام سيطرتها على قرى الساحل.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}


def test_a_word_of_a_group_before_the_name():
    events = ev("ونزح الآلاف بعد سيطرة تجمع «جيش الفتح» في ريف إدلب على مدينة أريحا، وإحكام سيطرته على مدينة سراقب.")
    assert events
    assert roles_of(events, "Jaysh al-Fateh") == {"actor1"}


def test_held_from_keeps_the_holder():
    """A guard (passes on main too): "من سيطرة X" names the side that lost the ground."""
    events = ev("وتمكنت القوات العراقية من تحرير جامعة الأنبار من سيطرة تنظيم داعش على أطراف الرمادي.")
    assert events
    assert roles_of(events, IS) == {"actor2"}


def test_under_control_keeps_the_holder():
    """A guard (passes on main too): "تحت سيطرة X" is who held the ground, whatever "على" follows."""
    events = extract("وقصفت طائرات التحالف معسكرا في لحج تحت سيطرة الحوثيين على الطريق الساحلي.",
                     published=PUB, language="ar", article_id="t")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor2"}
