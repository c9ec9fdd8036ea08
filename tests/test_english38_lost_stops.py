"""A stop lost before a sentence's opener (a subheading run into the prose, or two sentences run
together: "… injuring four people In the same context gunmen of Jaish al-Islam shelled …",
"… after the army withdrew Elsewhere Kurdish fighters took …"): a capitalised opener of
clauses.yaml ``lost_stops`` right after a word that begins in lower case begins a sentence —
an article or pronoun only before a word in lower case ("told The Guardian" names a paper),
and never after a verb of saying ("said The gas was chlorine": a quotation whose marks were
lost keeps its speaker). The run-on sentence had made the second sentence's side the object of
the first one's verb. With it: a sentence that opens with a place named with its kind ("In
central Idlib city …") before a frame of saying ("… state media said") is placed there
(clauses.yaml ``cued_place_openers``; not "In Moscow the ministry said": where it spoke)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract
from tests.extracting import roles

PUB = date(2016, 8, 21)


def _sentences(text: str) -> list[str]:
    doc = annotate(text, published=PUB, language="en", upto="sentences")
    return [doc.norm[s.start:s.end].strip() for s in doc.sentences]


def test_an_opener_after_a_lower_case_word_begins_a_sentence():
    assert _sentences("Mortar shells hit two districts of Latakia injuring four people In the "
                      "same context a car bomb went off near a bakery in Jableh.") == [
        "Mortar shells hit two districts of Latakia injuring four people",
        "In the same context a car bomb went off near a bakery in Jableh."]


def test_an_article_before_a_word_in_lower_case_begins_a_sentence():
    assert len(_sentences("Rebels shell government areas of Deraa Province The attack wounded "
                          "eleven people on Sunday.")) == 1
    assert len(_sentences("Rebels shelled the old quarter of the town The attack wounded eleven "
                          "people on Sunday.")) == 2


def test_a_paper_and_a_quotation_after_saying_stay_in_their_sentence():
    """Guard: "told The Guardian", "said The gas …" (passes on the base)."""
    assert len(_sentences("A doctor in the town told The Guardian that the clinic was hit on "
                          "Sunday.")) == 1
    assert len(_sentences("A medic in the town said The gas smelled of chlorine.")) == 1


def test_the_side_of_the_run_on_sentence_is_no_object_of_the_first():
    events = extract("Terrorists fire rockets on Damascus wounding four civilians In the same "
                     "context two people were wounded due to attacks carried out by Jaish "
                     "al-Islam fighters on the Jobar neighbourhood.", published=PUB, language="en")
    assert all(roles(e).get("Jaysh al-Islam") != "actor2" for e in events), [
        roles(e) for e in events]
    assert any(roles(e).get("Jaysh al-Islam") == "actor1" for e in events), [
        roles(e) for e in events]


def test_a_place_named_with_its_kind_before_a_frame_places_the_news():
    events = extract("In central Idlib city state television said at least five people were "
                     "killed in a car bomb on Sunday.", published=PUB, language="en")
    assert events and events[0].location is not None and events[0].location.name == "Idlib", [
        e.location for e in events]


def test_a_capital_opening_a_frame_is_where_the_speaker_spoke():
    """Guard: "In Moscow the defence ministry said its jets struck …" places nothing in Moscow
    (passes on the base)."""
    events = extract("In Moscow the defence ministry said its jets struck 30 targets on "
                     "Sunday.", published=PUB, language="en")
    assert all(e.location is None or e.location.name != "Moscow" for e in events), [
        e.location for e in events]
