"""Actor roles (issue 8) named by a relative clause of carrying out or claiming ("هجوم … تبناه
X", "غارات … شنتها X"): its pronoun points back at the event noun however many words the
target and the place take between them, when no other event word stands between, the clause
has no relative pronoun of its own (that one names its own noun) and the event word is a noun.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_claim_after_the_target_and_the_place_names_the_attacker():
    events = ev("وقتل جنديان أمس في هجوم على كمين للجيش في مدينة الشيخ زويد تبناه تنظيم ولاية "
                "سيناء.")
    assert events
    assert roles_of(events, "Islamic State Sinai Province") == {"actor1"}
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_a_relative_clause_after_a_verb_is_of_a_noun_between():
    # (a guard, right on main too): the ultimatum was the resistance's, the withdrawal the Houthis'
    events = ev("وانسحب الحوثيون أمس من بلدة قعطبة بعد إنذار أطلقته المقاومة لهم.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
