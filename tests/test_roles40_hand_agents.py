"""Roles (session 40): the hand that dealt the blow, named by "على يد", "على أيدي", "برصاص",
"بنيران" after a result word and the victims it names (roles.yaml ``hand_agent_cues``,
`role_agents.agent_of`) — acts, however long the victims' phrase or an aside between ("قتل عنصر
من حزب العمال الكردستاني على يد قوات الأمن", "اغتيال أحد الأهالي، يدعى فلان، على يد
المسلحين"); it was read hit when it stood more than four words after the event word. Not past
another event word or a sentence's end. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def roles(events: list[Event]) -> set[tuple[str, str]]:
    return {(a.name, a.role) for e in events for a in e.actors}


def test_the_hand_after_a_long_victim_phrase_acts():
    events = ev("ومن جهة ثانية، قتل عنصر من حزب العمال الكردستاني على يد قوات الأمن التركية في "
                "مدينة جزرة.")
    assert ("Turkish security forces", "actor1") in roles(events)
    assert ("Kurdistan Workers' Party", "actor2") in roles(events)


def test_the_hand_after_an_aside_naming_the_victim_acts():
    events = ev("وشهدت محافظة حجة اغتيال أحد الأهالي، يدعى سالم العمري، على يد المسلحين الحوثيين.")
    assert roles(events) == {("Houthis", "actor1")}


def test_the_snipers_fire_after_two_results_acts():
    events = ev("وقتل خمسة مدنيين وأصيب آخرون برصاص قناصة من الحوثيين وقوات صالح في مدينة تعز.")
    assert ("Houthis", "actor1") in roles(events)
    assert ("Houthis", "actor2") not in roles(events)


def test_the_hand_near_its_event_word_acts():
    """guard: passes on the base — within four words as before."""
    events = ev("وقتل ثلاثة مدنيين برصاص قوات النظام في مدينة درعا.")
    assert ("Syrian Arab Army", "actor1") in roles(events)
