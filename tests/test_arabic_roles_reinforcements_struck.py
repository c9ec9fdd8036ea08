"""Roles (issue 8): who struck reinforcements on the move sent none of them.

"وقصف طيران التحالف تعزيزات عسكرية تابعة للحوثيين": the reinforcements are a deployment of
their own, and the side that struck them (the strike verb's subject) was read as the side
that sent them — the coalition deploying Houthi columns. The subject of a strike whose object
is the noun of the deployment or movement plays no part in it: whoever owns the forces is its
actor (the strike is an event of its own, with the striker as its actor).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 6)
ARAB, HOUTHIS = "Saudi-led coalition", "Houthis"


def ev(text: str, kind: str) -> list[Event]:
    return [e for e in extract(text, published=PUB, language="ar", article_id="t") if e.event_type == kind]


def test_jets_bomb_reinforcements_owned_by_the_houthis():
    events = ev("وقصف طيران التحالف مساء أمس تعزيزات عسكرية تابعة للحوثيين في مديرية الوازعية غرب محافظة تعز اليمنية.",
                "deployment")
    assert events
    assert ARAB not in {a.name for e in events for a in e.actors if a.role == "actor1"}


def test_jets_target_a_column_of_reinforcements():
    events = ev("واستهدفت طائرات التحالف رتلا من التعزيزات العسكرية للحوثيين قرب مدينة عتق اليمنية.", "movement")
    assert events
    assert roles_of(events, ARAB) == set()
    assert roles_of(events, HOUTHIS) == {"actor1"}


def test_the_striker_before_its_verb_sent_none_of_them():
    events = ev("وأكدت المصادر أن طيران التحالف العربي قصف تعزيزات الحوثيين في مديرية مكيراس بمحافظة البيضاء اليمنية.",
                "deployment")
    assert events
    assert roles_of(events, ARAB) == set()
    assert roles_of(events, HOUTHIS) == {"actor1"}


def test_a_side_that_strikes_then_sends_reinforcements_sends_them():
    """A guard (passes on main too): "قصفت قوات النظام بلدة الزبداني، ودفعت بتعزيزات" — the
    forces that shelled the town sent the reinforcements."""
    events = ev("وقصفت قوات النظام السوري بلدة الزبداني، ودفعت بتعزيزات جديدة إلى محيطها أمس.", "deployment")
    assert events
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}


def test_reinforcements_sent_after_a_strike_elsewhere_are_the_sender_s():
    """A guard (passes on main too): the strike is told after the deployment, by another side."""
    events = ev("وأرسل الجيش السوري تعزيزات إلى سهل الغاب بعد قصف الطيران مواقع المعارضة.", "deployment")
    assert events
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}


def test_a_word_of_result_before_the_sender_strikes_nothing():
    """A guard (passes on main too): "قضى الاتفاق بدفع جبهة النصرة بتعزيزات" — "قضى" (decided;
    a word of result, killed, elsewhere) is no blow dealt: the Nusra Front sends them."""
    events = ev("وأشار المصدر إلى أن الاتفاق قضى أيضا بدفع جبهة النصرة بتعزيزات عسكرية إلى الزبداني.", "deployment")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor1"}


def test_a_side_hit_with_its_reinforcements_still_sends_them():
    """A guard (passes on main too): "العمليات التي تستهدف الحوثيين وتعزيزاتهم" — the Houthis
    are the object of the strike, joined by و to their reinforcements, not its subject."""
    events = ev("وتأتي هذه التحركات بعد العمليات المتواصلة التي تستهدف الحوثيين وتعزيزات عسكرية تمر عبر محافظة إب اليمنية.",
                "deployment")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}
