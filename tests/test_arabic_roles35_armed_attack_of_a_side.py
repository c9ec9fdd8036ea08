"""Roles: "هجوم مسلح للمقاومة", "هجوما مسلحا لداعش" — the side after an event noun and its
adjective "armed", carrying its own ل, carried the attack out.

The ل after an event noun names its author ("هجمات لجماعة X"), a member word perhaps between
("هجمات لمقاتلي X"); "مسلح" is a member word too (a gunman), so the link was looked for on it
— none — and the side was left the owner of a thing hit. When the side carries the link
itself, the word before it is the noun's adjective (`role_agents.noun_agent`). Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_two_houthis_killed_in_an_armed_attack_of_the_resistance():
    events = ev("وفي محافظة الحديدة باليمن، قتل ثلاثة حوثيين وأصيب آخرون في هجوم مسلح للمقاومة على "
                "نقطة تفتيش قرب مدينة باجل.")
    assert events
    assert roles_of(events, "Yemeni government forces") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}


def test_an_armed_attack_of_the_state_repelled():
    """A headline: the attack repelled was the State's (its men killed after it are its own)."""
    events = ev("صد هجوم مسلح لداعش جنوب بيجي وقتل 15 من عناصره")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_men_of_a_movement_carry_the_link():
    """A guard (passes on 5cd9374 too): "في هجوم لمقاتلي X" — the member word carries the ل."""
    events = ev("قتل جنديان صوماليان في هجوم لمقاتلي حركة الشباب على قاعدة عسكرية.")
    assert roles_of(events, "Al-Shabaab") == {"actor1"}
