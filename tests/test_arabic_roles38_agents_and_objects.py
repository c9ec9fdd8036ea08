"""Roles (session 38): the agent a relative clause names, and objects read as subjects —

* "التقدم الكبير الذي أحرزته المقاومة", "الانتصارات التي حققتها القوات": the side after a verb
  of achieving whose pronoun is the event noun made the advance (roles.yaml
  ``relative_agent_cues``), not the side named before the noun;
* a capital right after a verb whose place follows it ("غادر صنعاء إلى عدن", triggers with an
  object role) is where the move starts, not the state's forces (`actors_implied.states_acting`);
* "وسيطرت القوات على المنطقة وطردت فصائل المعارضة منها": the one side after a verb of expulsion
  glued to و, with where from right after it, is the object driven out
  (`role_ground._expelled_alone`), the verb going on with the earlier subject.

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

PUB = date(2015, 8, 6)
HOUTHIS = "Houthis"
YEMEN = "Yemeni government forces"
FSA = "Free Syrian Army"
HEZBOLLAH = "Hezbollah"


def ev(text: str):
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_advance_the_resistance_made_is_the_resistances():
    events = ev("وبات الحوثيون في موقف صعب بعد التقدم الكبير الذي أحرزته المقاومة الشعبية في "
                "مدينة زنجبار.")
    moved = [e for e in events if e.event_type == "movement"]
    assert moved and roles_of(moved, YEMEN) == {"actor1"}
    assert "actor1" not in roles_of(moved, HOUTHIS)


def test_the_advance_the_army_achieves_is_the_armys():
    events = ev("ويخشى الحوثيون على مواقعهم في إب بعد التقدم الذي يحققه الجيش الوطني في لحج.")
    assert "actor1" not in roles_of(events, HOUTHIS)


def test_a_capital_left_is_no_force():
    events = ev("وغادر صنعاء مئات المسلحين الحوثيين متجهين إلى مأرب.")
    assert roles_of(events, YEMEN) == set()
    assert roles_of(events, HOUTHIS) == {"actor1"}


def test_the_opposition_driven_from_the_region():
    events = ev("وسيطرت قوات حزب الله على بلدة الزبداني العام الماضي وطردت فصائل المعارضة "
                "منها.")
    assert roles_of(events, HEZBOLLAH) == {"actor1"}
    assert roles_of(events, FSA) == {"actor2"}


def test_a_subject_and_its_object_after_the_verb():
    """A guard (passes on 81a022b too): two sides after the verb — subject, then object."""
    events = ev("وطردت المقاومة الشعبية الحوثيين من مدينة زنجبار أمس.")
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}
