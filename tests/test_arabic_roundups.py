"""Monitor roundups ("المرصد السوري": one long sentence, clause after clause, each a fight of its
own): how a sentence is cut and which of its clauses are one event. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2016, 3, 10)  # a Thursday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t")


def where(events: list[Event], kind: str) -> list[str]:
    return sorted(e.location.name for e in events if e.event_type == kind and e.location)


def test_both_sides_named_from_one_side_and_the_other_stay_in_one_clause():
    # "من جهة أخرى" closes "من جهة": the second side, not "on the other hand"
    events = ev("ودارت اشتباكات أمس بين الفصائل المقاتلة من جهة، وقوات النظام من جهة أخرى، في بلدة "
                "كفرنبل بريف إدلب.")
    clashes = [e for e in events if e.event_type == "clash"]
    assert len(clashes) == 1 and clashes[0].location.name == "Kafranbel"
    assert len([a for a in clashes[0].actors if a.role in ("actor1", "actor2")]) == 2


def test_also_after_a_comma_opens_a_fight_of_its_own_in_another_town():
    events = ev("ودارت اشتباكات أمس بين قوات النظام والفصائل في محيط بلدة كفرنبل، أيضاً دارت "
                "اشتباكات بين الطرفين في مدينة سراقب، كذلك دارت اشتباكات في بلدة بنش.")
    assert where(events, "clash") == ["Binnish", "Kafranbel", "Saraqib"]


def test_a_town_named_in_a_later_clause_is_another_fight_even_inside_the_province_told_before():
    events = ev("ودارت اشتباكات فجر أمس بين قوات النظام وتنظيم داعش في ريف حمص الشرقي، أيضاً مقتل "
                "مقاتل من الفصائل خلال اشتباكات مع قوات النظام في محيط مدينة تلبيسة.")
    assert where(events, "clash") == ["Homs countryside", "Tallbīsah"]


def test_two_clauses_dated_a_night_and_the_next_dawn_are_two_fights():
    events = ev("واستمرت الاشتباكات إلى ما بعد منتصف ليل الاثنين - الثلاثاء بين الفصائل وقوات النظام في "
                "بلدة كفرنبل، بينما دارت فجر أمس الأربعاء اشتباكات بين الطرفين في ريف إدلب.")
    clashes = sorted((e.date_start, e.date_end) for e in events if e.event_type == "clash")
    assert clashes == [("2016-03-07", "2016-03-08"), ("2016-03-09", "2016-03-09")]


def test_a_toll_that_follows_a_shelling_takes_its_date_and_leaves_it_a_shelling():
    events = ev("واستمر القصف من قبل قوات النظام على مناطق في بلدة كفرنبل ليل الاثنين - الثلاثاء، ما "
                "أدى لمقتل طفل، كما قصفت قوات النظام بعد منتصف ليل أمس مناطق في مدينة سراقب.")
    shelled = {e.location.name: (e.date_start, e.date_end, [c.low for c in e.claims])
               for e in events if e.event_type == "shelling"}
    assert shelled["Kafranbel"] == ("2016-03-07", "2016-03-08", [1])
    assert shelled["Saraqib"][2] == []
