"""Actor roles (issue 8) and the clauses they are read in: a clause keeps the side that acts in
it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_definite_noun_of_then_opens_no_clause():
    # "حتى ذلك الحين" (until then): الحين is a noun, not the opener حين (when); the attackers
    # and the post they hit stay in one clause with the place
    events = ev("وهاجم مسلحون أمس حتى ذلك الحين حاجزا للشرطة في العريش وقتلوا جنديين.")
    assert len(events) == 1
    assert roles(events[0]) == {"Unidentified armed group": "actor1",
                                "Egyptian armed forces": "actor2"}
    assert events[0].location is not None and events[0].location.name == "Arish"


def test_the_event_verb_before_then_keeps_its_object():
    events = ev("وأعلن الجيش أمس أنه قصف في ذلك الحين مواقع للحوثيين في صعدة.")
    assert len(events) == 1
    assert roles(events[0]).get("Houthis") == "actor2"


def test_when_still_opens_a_clause():
    # (a guard, right on main too): the particle حين opens the clause of the blast
    events = ev("وقتل جنديان حين انفجرت عبوة ناسفة بدورية للجيش في العريش.")
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.name == "Arish"
