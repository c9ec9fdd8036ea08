"""Actor roles (issue 8): a side that claims a deed carried it out ("تبنت الجماعة قتل جنديين",
"الجماعة تتبنى تفجير", "أعلن التنظيم مسؤوليته عن اغتيال"), whatever the words around it say; the side before a bare verb of targeting is its subject, not its
victim ("قذائف الميليشيا تستهدف مستشفى"); a side joined by و to a side hit was hit with it even
when both bear one name ("نقطة تفتيش للجيش والشرطة"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_group_that_claims_a_killing_in_a_headline_did_it():
    events = ev("حزب العمال الكردستاني يتبنى قتل جنديين تركيين ردا على الهجوم الانتحاري لداعش")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}
    assert roles_of(events, "Turkish Armed Forces") == {"actor2"}


def test_a_group_whose_fighters_claim_a_killing_did_it():
    events = ev("وتبنى مسلحو حزب العمال الكردستاني الخميس قتل جنديين تركيين انتقاما للتفجير "
                "الانتحاري الذي نفذه تنظيم داعش في سوروتش.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}


def test_a_group_that_claims_responsibility_for_an_execution_did_it():
    events = ev("وأعلن حزب العمال الكردستاني الخميس مسؤوليته عن إعدام عنصرين من الشرطة التركية "
                "في ولاية شانلي أورفة.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}
    assert roles_of(events, "Turkish security forces") == {"actor2"}


def test_the_side_before_a_verb_of_targeting_aims():
    events = [e for e in ev("قذائف الميليشيات الحوثية الغادرة تستهدف مستشفى في مدينة نجران")
              if e.event_type == "shelling"]
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_a_checkpoint_of_the_army_and_the_police_was_theirs():
    events = ev("واستهدف تفجيران انتحاريان نقطة تفتيش للجيش والشرطة في حي الشعب شمال بغداد.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor2"}

