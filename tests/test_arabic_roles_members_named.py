"""Roles (issue 8): an alliance named with its members — the members stand with it.

"جيش الفتح المؤلف من فصائل أبرزها جبهة النصرة" names who the alliance is made of; "كانت
النصرة جزءا من جيش الفتح" names what the group is part of. Read as two sides, the member
nearest the verb took the alliance's deed and the alliance became its foe (the side hit).
The members named after a word of composition ("المؤلف من", "المكون من", "الذي يضم") or the
whole named after "جزء من" share the alliance's part: they act with it, or are hit with it.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 27)
FATH, NUSRA, AHRAR, SAA = "Jaysh al-Fateh", "Hayat Tahrir al-Sham", "Ahrar al-Sham", "Syrian Arab Army"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_an_alliance_made_of_factions_takes_a_checkpoint():
    events = ev("وجيش الفتح المؤلف من فصائل أبرزها جبهة النصرة وحركة أحرار الشام سيطر أمس على حاجز "
                "لقوات النظام في ريف إدلب.")
    assert events
    assert roles_of(events, FATH) == {"actor1"}
    assert roles_of(events, NUSRA) == {"associated"}
    assert roles_of(events, SAA) == {"actor2"}


def test_an_alliance_that_includes_a_group_between_dashes():
    events = ev("وشن جيش الفتح -المكون من جبهة النصرة وفصائل أخرى- هجوما على مواقع قوات النظام "
                "في بلدة الفوعة أمس.")
    assert events
    assert roles_of(events, FATH) == {"actor1"}
    assert roles_of(events, NUSRA) <= {"associated"}


def test_an_alliance_which_includes_a_group_after_a_comma():
    events = ev("وقصف جيش الفتح، الذي يضم جبهة النصرة، مواقع لقوات النظام في سهل الغاب أمس.")
    assert events
    assert roles_of(events, FATH) == {"actor1"}
    assert roles_of(events, NUSRA) == {"associated"}


def test_an_alliance_which_includes_a_group_before_its_verb_goes():
    events = ev("وسيطر جيش الفتح الذي يضم جبهة النصرة أمس على حاجز لقوات النظام في ريف إدلب.")
    assert events
    assert roles_of(events, FATH) == {"actor1"}
    assert roles_of(events, NUSRA) == {"associated"}


def test_a_group_that_is_part_of_the_alliance_is_no_foe_of_it():
    events = ev("وسيطرت جبهة النصرة، وهي جزء من جيش الفتح، أمس على حاجز لقوات النظام في ريف إدلب.")
    assert events
    assert roles_of(events, NUSRA) == {"actor1"}
    assert roles_of(events, FATH) == {"associated"}


def test_a_group_counted_as_part_of_the_alliance_shells_with_it():
    events = ev("وجبهة النصرة التي تعد جزءا من جيش الفتح قصفت مواقع لقوات النظام في ريف إدلب أمس.")
    assert events
    assert "actor2" not in roles_of(events, FATH) | roles_of(events, NUSRA)
    assert roles_of(events, SAA) == {"actor2"}


def test_members_of_an_alliance_hit_with_it():
    """A guard (passes on main too): the members named after the alliance hit are hit with it."""
    events = ev("وقصفت قوات النظام مواقع جيش الفتح الذي يضم جبهة النصرة في ريف إدلب أمس.")
    assert events
    assert roles_of(events, SAA) == {"actor1"}
    assert roles_of(events, FATH) == {"actor2"}
    assert roles_of(events, NUSRA) <= {"actor2"}


def test_part_of_the_ground_of_a_side_is_no_membership():
    """A guard (passes on main too): "على جزء من مناطق X" is ground taken from X, not a group
    that is part of X."""
    events = ev("وسيطر تنظيم داعش على جزء من مناطق جيش الفتح في ريف حلب أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, FATH) == {"actor2"}


def test_a_council_of_countries_is_no_alliance_of_fighters():
    """A guard (passes on main too): an armed side after a word of composition that follows
    no armed side is no member of anything ("المجلس المؤلف من 15 دولة")."""
    events = ev("وقال المجلس المؤلف من 15 دولة إن قوات النظام قصفت بلدة في ريف إدلب أمس.")
    assert events
    assert roles_of(events, SAA) == {"actor1"}


def test_a_fight_between_an_alliance_and_the_army():
    """A guard (passes on main too): after "بين", the side joined by و after the alliance's
    member is the other end of the fight, not a member."""
    events = ev("واندلعت اشتباكات عنيفة بين جيش الفتح الذي يضم جبهة النصرة وقوات النظام في ريف إدلب أمس.")
    assert events
    assert "associated" not in roles_of(events, SAA)


def test_members_named_by_other_words_may_name_a_foe():
    """A guard (passes on main too): "التي تضم مقاتلين معادين للحوثيين" names the members by
    what they fight — the Houthis are the resistance's foe, not one of its members."""
    events = ev("وتقدمت قوات المقاومة الشعبية، التي تضم مقاتلين معادين للحوثيين، نحو مديرية التواهي "
                "في عدن أمس.")
    assert "associated" not in roles_of(events, "Houthis")


def test_a_verb_between_the_side_and_the_word_of_membership_ends_the_phrase():
    """A guard (passes on main too): "في القتال ضد داعش، شنت الفصائل المنضوية في جيش الفتح"
    — the member word belongs to the factions after the verb, not to the side before it."""
    events = ev("وفي إطار القتال ضد داعش، شنت الفصائل المنضوية في جيش الفتح أمس هجوما على بلدة "
                "في ريف درعا الغربي.")
    assert events
    assert roles_of(events, FATH) == {"actor1"}
    assert roles_of(events, "Islamic State") <= {"actor2"}
