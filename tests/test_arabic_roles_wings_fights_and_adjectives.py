"""Actor roles (issue 8): a group named through its armed wing, the two ends of a fight told
after a toll, and forces named by the adjective of the event noun.

* "الجناح العسكري لحزب X", "الذراع المسلح لحركة X": the wing is the group itself — its ل marks
  no owner of something hit ("معسكر لX") nor a side acted on (actors.yaml ``wings``).
* "مقتل ستة أشخاص في اشتباكات بين قوات الأمن ومسلحين": the sides after "بين" fought each other;
  the dead are the people counted, not those sides (`role_sides.fight_sides`).
* "أعلن حزب العمال أن غارات تركية قتلت …": the nationality adjective of the strikes names who
  dealt them, whoever announces it (`role_agents.adjective_agent`).
* "أحد مقاتليه", "ثلاثة من مقاتليها": a side's fighters counted before its pronoun are a toll
  (quantities.yaml fighters).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)
PKK, TURKS = "Kurdistan Workers' Party", "Turkish Armed Forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_an_armed_wing_announcing_its_fighters_attack_acted():
    events = ev("أعلن الجناح العسكري لحزب العمال الكردستاني أمس أن أحد مقاتليه هاجم معسكرا للجيش "
                "التركي في ولاية أغري.")
    assert events
    assert roles_of(events, PKK) == {"actor1"}
    assert roles_of(events, TURKS) == {"actor2"}


def test_an_armed_wing_that_speaks_of_its_rockets_fired_them():
    events = ev("قالت كتائب القسام الجناح المسلح لحركة حماس إنها أطلقت صاروخين على مستوطنة سديروت "
                "مساء أمس.")
    assert events
    assert roles_of(events, "Hamas") == {"actor1"}


def test_a_camp_of_a_group_named_without_its_wing_was_hit():
    """A guard (passes on main too): the ل of a camp's owner still marks the side hit."""
    events = ev("وشنت الطائرات التركية أمس غارات على معسكر لحزب العمال الكردستاني في جبال قنديل.")
    assert events
    assert roles_of(events, PKK) == {"actor2"}
    assert roles_of(events, TURKS) == {"actor1"}


def test_the_two_ends_of_a_fight_after_a_toll_noun_fought():
    events = ev("وقال زعيم الحزب بعد يوم من مقتل ستة أشخاص في اشتباكات بين قوات الأمن ومسلحين في "
                "ولاية شرناق إن على الحكومة وقف العمليات.")
    assert events
    assert roles_of(events, "Turkish security forces") == {"actor1"}


def test_the_two_ends_of_a_fierce_fight_after_a_toll_noun():
    """A guard (passes on main too): the toll's noun told by sources, the fight its circumstance."""
    events = ev("وأعلنت مصادر أمنية مقتل أربعة أشخاص في مواجهات عنيفة بين الشرطة ومسلحين في مدينة "
                "الشيخ زويد.")
    assert events
    assert "actor1" in {a.role for e in events for a in e.actors}


def test_men_of_a_side_counted_before_a_fight_with_another_died():
    """A guard (passes on main too): "مقتل 12 من عناصر داعش في اشتباكات مع البيشمركة"."""
    events = ev("مقتل 12 من عناصر داعش في اشتباكات مع البيشمركة قرب كركوك أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}
    assert roles_of(events, "Peshmerga") == {"actor1"}


def test_strikes_named_by_a_nationality_adjective_were_that_states():
    events = ev("أعلن حزب العمال الكردستاني أن غارات تركية أسفرت عن مقتل ثلاثة مقاتلين في جبال "
                "قنديل أمس.")
    assert events
    assert roles_of(events, TURKS) == {"actor1"}
    assert "actor1" not in roles_of(events, PKK)


def test_the_speaker_is_no_side_of_foreign_strikes_on_civilians():
    events = ev("قال الجيش السوري الحر إن الغارات الجوية الروسية قتلت 20 مدنيا في مدينة إدلب أمس.")
    assert events
    assert roles_of(events, "Russian Aerospace Forces") == {"actor1"}
    assert not roles_of(events, "Free Syrian Army")


def test_one_of_its_fighters_is_one_dead():
    events = ev("قالت مصادر كردية إن غارات الطيران التركي أسفرت عن مقتل أحد مقاتليه في شمال العراق.")
    assert events
    assert [(c.category, c.best, c.who) for e in events for c in e.claims] == [("killed", 1, "fighters")]


def test_three_of_her_fighters_wounded():
    events = ev("وأصيب ثلاثة من مقاتليها أمس في قصف مدفعي تركي على قرية حدودية شمال العراق.")
    assert events
    assert ("injured", 3) in {(c.category, c.best) for e in events for c in e.claims}
