"""Actor roles (issue 8) of sides named together: a side joined by و to the side hit ("ضد
تنظيم داعش وجبهة النصرة", "مواقع الحوثيين وقوات صالح") was hit with it — it does not become
the one who struck. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_second_group_after_against_and_and_is_hit_too():
    events = ev("وتحدثت وسائل إعلام تركية عن جولة ثانية من الضربات الجوية ضد تنظيم داعش وحزب "
                "العمال الكردستاني ليل الجمعة.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor2"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_strikes_against_two_groups_joined_by_and_hit_both():
    events = ev("وشنت الطائرات الحربية جولة ثانية من الغارات ضد تنظيم داعش وجبهة النصرة في ريف حلب.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}


def test_the_second_side_of_a_fight_between_two_is_not_hit_with_the_first():
    # (a guard, right on main too)
    events = ev("ودارت اشتباكات عنيفة أمس بين مسلحي جبهة النصرة وقوات النظام في ريف إدلب.")
    assert events
    assert {"actor1", "actor2"} <= {a.role for e in events for a in e.actors}


def test_a_side_joined_after_the_first_ones_adjective_and_a_comma_was_hit_with_it():
    events = ev("وقالت الحكومة التركية إن العمليات العسكرية ضد منظمة «بي كا كا» الإرهابية، وتنظيم "
                "داعش متواصلة، وفي هذا الإطار قصفت المدفعية أهدافا في شمال سوريا.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}
