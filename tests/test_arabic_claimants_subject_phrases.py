"""Claimants (issue 8): the speaker is the subject of the verb of saying, not a side inside a
noun phrase before it, nor a side inside what was said after it.

"إن تفجير مسجد قوات الأمن في أبها كشف حقيقة الإرهابيين": a bare verb of saying after a side
was read as that side speaking (SVO, "المرصد السوري أكد"), though the side closes the chain of
an event noun — the blast revealed; a side hit became the claimant of its own attack. And
"المرصد السوري أكد مقتل 20 من عناصر داعش": the side after the verb was read as its subject
(VSO, "أكد الجيش"), though the event noun that opens what was said stood first — the
Islamic State claimed its own dead. An event noun a word or two before the side makes it no
speaker of the verb after it; an event word right after the verb begins what was said.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def claimants(events: list[Event]) -> set[str | None]:
    return {e.claimant for e in events}


def test_a_blast_at_the_forces_mosque_revealed():
    events = ev("وأكد أعيان مدينة الأحساء أن تفجير مسجد قوات الأمن في أبها يوم الخميس كشف نوايا الإرهابيين.")
    assert events
    assert "Saudi armed forces" not in claimants(events)


def test_the_observatory_confirmed_the_dead_of_the_group():
    events = ev("المرصد السوري أكد مقتل 20 من عناصر داعش في غارات على مدينة الرقة.")
    assert events
    assert claimants(events) == {"Syrian Observatory for Human Rights"}


def test_the_army_before_its_verb_announced_the_dead():
    events = ev("الجيش الليبي أعلن مقتل 15 من عناصر داعش في اشتباكات في بنغازي.")
    assert events
    assert claimants(events) == {"Libyan National Army"}


def test_a_ministry_before_its_verb_is_no_group_after_it():
    events = ev("وزارة الداخلية العراقية أكدت مقتل 7 من مسلحي داعش في غارات على الفلوجة.")
    assert events
    assert "Islamic State" not in claimants(events)


def test_the_army_announced_first():
    """A guard (passes on main too): VSO, the side right after the verb speaks."""
    events = ev("وأعلن الجيش العراقي مقتل 20 من عناصر داعش في غارات على الرمادي.")
    assert events
    assert claimants(events) == {"Iraqi security forces"}
