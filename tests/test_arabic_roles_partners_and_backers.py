"""Actor roles (issue 8): whom a side fought, and who only backed it.

* "خاضت قوات المقاومة اشتباكات مع المقاتلين الحوثيين": the article of a member word is no ل of
  an author — the side after "مع" is whom the subject fought, not who carried the clashes out
  (`role_agents.noun_agent`).
* "اقتحمت القوات بدعم من طائرات التحالف القاعدة": a side named only as backing ("بدعم من",
  "بمساندة") is associated, never the author when the side it backed goes unnamed
  (`roles._assign_actors`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 27)
YEMEN, HOUTHIS, COALITION = "Yemeni government forces", "Houthis", "Saudi-led coalition"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_resistance_that_fought_the_houthi_fighters_is_the_first_side():
    events = ev("وخاضت قوات المقاومة الشعبية أمس اشتباكات عنيفة مع المقاتلين الحوثيين في محيط مدينة "
                "لحج.")
    assert events
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_the_security_forces_that_fought_the_houthi_fighters_are_the_first_side():
    events = ev("وخاضت قوات الأمن أمس اشتباكات مع المقاتلين الحوثيين في محافظة مأرب.")
    assert events
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_attacks_by_the_fighters_with_their_own_lam_are_theirs():
    """A guard (passes on main too): "للمقاتلين" has its ل — their attacks."""
    events = ev("وأسفرت هجمات للمقاتلين الحوثيين على أحياء مدينة عدن أمس عن مقتل خمسة مدنيين.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}


def test_coalition_aircraft_backing_unnamed_forces_only_backed_the_storming():
    events = ev("واقتحمت قوات بدعم من طائرات التحالف العربي قاعدة العند الجوية أمس.")
    assert events
    assert roles_of(events, COALITION) == {"associated"}


def test_coalition_aircraft_backing_the_army_are_associated():
    """A guard (passes on main too): the army named, the coalition backs it."""
    events = ev("واقتحم الجيش بدعم من طائرات التحالف العربي قاعدة العند الجوية أمس.")
    assert events
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, COALITION) == {"associated"}
