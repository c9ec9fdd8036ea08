"""Roles (issue 8): an officer or a soldier "in" a force is that force's man — it was hit.

"قتل قيادي في الحوثيين" already made the Houthis the side hit; a rank or a soldier before
"في X" did not: "بقتل عقيد في الجيش" made the army the killer, "عن مقتل نقيب في الجيش" the army
the author of the blast. A soldier word or a rank (roles.yaml ``soldiers``, ``member_ranks``) right before
"في" and a force right after it names the side the man served: hit when he was.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 6)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_colonel_in_the_army_killed_in_a_quarrel():
    events = ev("واتهم السكان شابا بقتل عقيد في الجيش السوري بعد خلاف في مدينة جبلة.")
    assert events
    assert roles_of(events, "Syrian Arab Army") == {"actor2"}


def test_a_captain_in_the_army_dies_in_a_blast():
    events = ev("وأسفر انفجار عبوة ناسفة أمس عن مقتل نقيب في الجيش المصري بمدينة العريش.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_a_major_in_the_police_shot_dead():
    events = ev("وقتل رائد في الشرطة العراقية برصاص مسلحين مجهولين في حي الجامعة غرب بغداد أمس.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor2"}


def test_a_soldier_in_the_coalitions_forces_killed_by_a_shell():
    """A guard (passes on main too): the shell's author named after it still acts."""
    events = ev("وقتل جندي في قوات التحالف العربي بقذيفة أطلقها الحوثيون على موقع حدودي في جازان أمس.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"actor2"}
    assert roles_of(events, "Houthis") == {"actor1"}


def test_a_soldier_killed_in_an_attack_by_a_group():
    """A guard (passes on main too): "جندي في هجوم لداعش" — the "في" opens the attack, not the
    soldier's force; the group after it attacked."""
    events = ev("وقتل جندي في هجوم لداعش على حاجز في سيناء أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
