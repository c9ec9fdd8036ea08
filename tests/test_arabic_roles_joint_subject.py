"""Actor roles (issue 8) of a joint subject: sides joined by و before or right after the verb
("القوات العراقية والطائرات الأمريكية قصفت …", "وهاجم الجيش الأفغاني والقوات الأمريكية …") act
together — the first named is actor1, the others stand with it (associated), never the side hit,
whatever the registry says of their sides. In an air strike the air actor leads, and the ground
force named with it stays with it. The two ends of "بين X وY" are no joint subject. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles, roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_two_sides_before_the_verb_act_together():
    events = ev("وذكرت الوكالة أن الجيش الأفغاني والقوات الأمريكية هاجموا معاقل حركة طالبان في ولاية "
                "قندوز فجر أمس.")
    assert events
    assert roles_of(events, "Afghan security forces") == {"actor1"}
    assert roles_of(events, "US forces") == {"associated"}
    assert roles_of(events, "Taliban") == {"actor2"}


def test_two_sides_after_the_verb_strike_together():
    events = ev("وقصفت المدفعية التركية والطائرات الأمريكية تجمعات لتنظيم داعش قرب مدينة جرابلس "
                "أمس.")
    assert events
    assert all(roles(e).get("Turkish Armed Forces") != "actor2" for e in events)
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_sides_at_the_two_ends_of_between_still_fight_each_other():
    """A guard: "بين X وY" names the two sides of a fight (passes on main too)."""
    events = ev("ودارت اشتباكات عنيفة بين الجيش الأفغاني وحركة طالبان في ولاية قندوز أمس.")
    assert events
    assert {r for e in events for r in roles(e).values()} == {"actor1", "actor2"}
