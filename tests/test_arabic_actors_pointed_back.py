"""Actors (issue 8): a war-dependent name after a demonstrative points back to the side named.

"وسيطر جيش الفتح على إدلب … وبدأ هذا الجيش هجوما": "الجيش" alone is the army of the war's
country, so "this army" — the alliance just named — became the Syrian army attacking the towns
it defends. After a demonstrative ("هذا", "هذه", "ذلك", "تلك") the name is the armed side named
last before it whose own name holds the same head word; with none named, it keeps its reading.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 7)
FATEH, SAA = "Jaysh al-Fateh", "Syrian Arab Army"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_this_army_is_the_alliance_named_before():
    events = ev("وسيطر جيش الفتح على مدينة جسر الشغور في نيسان الماضي. "
                "وبدأ هذا الجيش أمس هجوما عنيفا على بلدتي الفوعة وكفريا في ريف إدلب.")
    attacks = [e for e in events if e.event_type != "territory_change"]
    assert attacks
    assert roles_of(attacks, FATEH) == {"actor1"}
    assert SAA not in {a.name for e in attacks for a in e.actors}


def test_this_army_with_an_aside_between():
    events = ev("وأعلن جيش الفتح بدء معركة سهل الغاب. وقال ناشطون إن هذا الجيش سيطر أمس على "
                "قرية المشيك في ريف حماة الغربي.")
    taken = [e for e in events if e.event_type == "territory_change"]
    assert taken
    assert roles_of(taken, FATEH) == {"actor1"}


def test_these_militias_are_the_ones_named_before():
    events = ev("واقتحمت ميليشيات الحشد الشعبي بلدة الكرمة في الأنبار. "
                "وقصفت هذه الميليشيات أمس منازل المدنيين في البلدة العراقية.")
    shelled = [e for e in events if e.event_type in ("shelling", "attack", "bombardment", "clash")]
    assert shelled
    assert roles_of(shelled, "Popular Mobilization Forces") == {"actor1"}


def test_this_army_with_no_army_named_before_is_the_war_s():
    """A guard (passes on main too): with no side of that head named before, "هذا الجيش" is
    still the army of the war's country."""
    events = ev("وقصف هذا الجيش أمس أحياء مدينة داريا في ريف دمشق بالبراميل المتفجرة.")
    assert events
    assert roles_of(events, SAA) == {"actor1"}


def test_the_army_without_a_demonstrative_keeps_its_reading():
    """A guard (passes on main too): "الجيش" bare after Jaysh al-Fateh is the war's army, as
    before ("سيطر جيش الفتح … وقصف الجيش": the Syrian army shells)."""
    events = ev("وسيطر جيش الفتح على مدينة جسر الشغور الشهر الماضي. "
                "وقصف الجيش أمس أحياء المدينة بالبراميل المتفجرة.")
    shelled = [e for e in events if e.event_type != "territory_change"]
    assert shelled
    assert roles_of(shelled, SAA) == {"actor1"}


def test_this_army_with_its_large_factions_named():
    """"وكان هذا الجيش الذي يضم فصائل كبيرة بينها جبهة النصرة … قد اقترب": the alliance and the
    members named with it (the factions' adjective between, roles.yaml ``members_named``) move
    together against the regime's camp."""
    events = ev("واستعاد جيش الفتح قرية المشيك في سهل الغاب، وكان هذا الجيش الذي يضم فصائل كبيرة "
                "بينها جبهة النصرة وحركة أحرار الشام، قد اقترب من معسكر جورين لقوات النظام.")
    moved = [e for e in events if e.event_type == "movement"]
    assert moved
    assert roles_of(moved, FATEH) == {"actor1"}
    assert roles_of(moved, "Hayat Tahrir al-Sham") == {"associated"}
    assert roles_of(moved, SAA) == {"actor2"}
