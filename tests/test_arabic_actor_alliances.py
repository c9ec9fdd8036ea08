"""Actors (issue 8): armed alliances and full names the registry did not know.

* "جيش الفتح" (the Idlib alliance of 2015) acts as one side: "سيطر جيش الفتح على حاجز",
  "قصفت فصائل جيش الفتح" had no actor, or only its foe.
* Daraa's rebel alliance named with its formations ("تشكيلات الجبهة الجنوبية", "فصائل الجبهة
  الجنوبية") is the Free Syrian Army; bare, "الجبهة الجنوبية" stays any southern front.
* "تنظيم القاعدة في المغرب الإسلامي" is al-Qaeda in the Islamic Maghreb, not al-Qaeda at large
  with a region after it.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 27)
FATH, FSA, SAA = "Jaysh al-Fateh", "Free Syrian Army", "Syrian Arab Army"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_army_of_conquest_takes_a_checkpoint():
    events = ev("وسيطر جيش الفتح أمس على حاجز لقوات النظام قرب مدينة أريحا في ريف إدلب.")
    assert events
    assert roles_of(events, FATH) == {"actor1"}
    assert roles_of(events, SAA) == {"actor2"}


def test_the_army_of_conquests_factions_shell_a_town():
    events = ev("وقصفت فصائل جيش الفتح بالمدفعية مواقع قوات النظام في بلدة كفريا بريف إدلب أمس.")
    assert events
    assert roles_of(events, FATH) == {"actor1"}


def test_the_southern_fronts_formations_attack_as_the_free_army():
    events = ev("وشنت فصائل الجبهة الجنوبية أمس هجوما على مراكز قوات النظام في مدينة درعا.")
    assert events
    assert roles_of(events, FSA) == {"actor1"}


def test_a_southern_front_bare_is_no_side():
    """A guard (passes on main too): "على الجبهة الجنوبية للمدينة" is a front line, no
    alliance."""
    events = ev("وقصفت قوات النظام أمس مواقع على الجبهة الجنوبية لمدينة الحسكة.")
    assert FSA not in {a.name for e in events for a in e.actors}


def test_al_qaeda_in_the_maghreb_named_by_its_organisation():
    events = ev("وتبنى تنظيم القاعدة في المغرب الإسلامي الهجوم على ثكنة للجيش في ولاية تيزي وزو أمس.")
    assert events
    assert roles_of(events, "Al-Qaeda in the Islamic Maghreb") == {"actor1"}
    assert "Al-Qaeda" not in {a.name for e in events for a in e.actors}
