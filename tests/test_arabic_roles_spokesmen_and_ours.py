"""Actor roles and claimants (issue 8): who speaks through a spokesman, a unit named by its wing,
and the speaker's own "our" men or positions.

* "المتحدث العسكري باسم الجيش المصري", "الناطق العسكري للجيش": the spokesman's title with
  "باسم" or the force's ل is that force speaking — one side, the claimant, never the author of
  the blast it reports (actors.yaml ``spokesmen``, `actors._spoken_for`).
* "(قوات حماية الشعب) الجناح العسكري لحزب X": a unit the registry does not know, named right
  before its group's armed wing, is the group (actors.yaml ``wing_heads``).
* "قال الناطق باسم الحزب إن الطائرات قصفت مواقعنا": men or positions with "our" after the event
  word name the speaker's side as the one hit (roles.yaml ``ours``, `role_speakers.ours_hit`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 26)
PKK, TURKS = "Kurdistan Workers' Party", "Turkish Armed Forces"
EGYPT = "Egyptian armed forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_army_spokesman_named_for_the_army_reports_the_blast_it_did_not_set_off():
    events = ev("وأعلن المتحدث العسكري باسم الجيش المصري مساء أمس مقتل مجندين اثنين في انفجار عبوة "
                "ناسفة قرب مدينة الشيخ زويد.")
    assert events
    assert "actor1" not in roles_of(events, EGYPT)
    assert {e.claimant for e in events} == {EGYPT}


def test_the_official_military_spokesman_named_for_the_armed_forces_speaks_for_them():
    events = ev("وقال الناطق العسكري الرسمي باسم القوات المسلحة المصرية إن عبوة ناسفة انفجرت أمس في "
                "مدرعة قرب مدينة العريش.")
    assert events
    assert "actor1" not in roles_of(events, EGYPT)
    assert {e.claimant for e in events} == {EGYPT}


def test_a_unit_named_before_its_parties_wing_speaks_for_the_party():
    """A guard (passes on main too, by the wing alone): the unit and its wing are one side."""
    events = ev("وأعلنت (قوات الدفاع الشعبي) الجناح العسكري لحزب العمال الكردستاني أمس أن مقاتليها "
                "هاجموا مخفرا للجيش التركي في ولاية هكاري.")
    assert events
    assert roles_of(events, PKK) == {"actor1"}
    assert roles_of(events, TURKS) == {"actor2"}
    assert {e.claimant for e in events} == {PKK}


def test_the_spokesman_of_such_a_unit_speaks_for_the_party():
    events = ev("وقال أحمد، الناطق باسم قوات حماية الشعب الجناح العسكري لحزب العمال الكردستاني، إن "
                "الطائرات التركية قصفت الليلة الماضية قرى حدودية في منطقة الزاب.")
    assert events
    assert {e.claimant for e in events} == {PKK}


def test_our_positions_struck_in_the_spokesmans_words_are_his_sides():
    events = ev("وقال المتحدث باسم حزب العمال الكردستاني إن الطائرات التركية قصفت أمس مواقعنا في جبال "
                "قنديل.")
    assert events
    assert roles_of(events, TURKS) == {"actor1"}
    assert roles_of(events, PKK) == {"actor2"}


def test_our_fighters_struck_by_regime_aircraft_are_the_speakers_group():
    events = ev("وقال قائد في جبهة النصرة إن طائرات النظام قصفت مقاتلينا في ريف إدلب أمس.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}


def test_our_fighters_who_attacked_acted():
    """A guard (passes on main too): "our" men before the event word are the speaker's men
    acting, not hit."""
    events = ev("وقال المتحدث باسم حزب العمال الكردستاني إن مقاتلينا هاجموا أمس مواقع الجيش التركي في "
                "ولاية هكاري.")
    assert events
    assert roles_of(events, PKK) == {"actor1"}
    assert roles_of(events, TURKS) == {"actor2"}
