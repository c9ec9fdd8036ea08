"""Claimants: a source close to a side is an unnamed source of its own kind, never the side —
"وقال مصدر مقرب من جماعة الحوثي إن…" is claimed by "sources close to a side", not by the
Houthis.

The frame's speaker was looked for right after the verb: "مصدر" was no source of a known
kind, so the walk went on to the side named after "مقرب من" and made it the speaker
(attribution.yaml ``unnamed_sources``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import claimants_of as claimants

PUB = date(2015, 8, 5)
CLOSE = "sources close to a side"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_source_close_to_a_group():
    events = ev("وقال مصدر مقرب من جماعة الحوثي إن 14 من مسلحي الجماعة قتلوا في غارة جوية على مخزن "
                "للسلاح شرق صعدة.")
    assert claimants(events, "killed") == {CLOSE}


def test_sources_close_to_a_party_with_a_shadda():
    events = ev("وأكدت مصادر مقرّبة من حزب الله أن ستة من عناصر الحزب قتلوا في مواجهات على أطراف "
                "بلدة في القلمون.")
    assert claimants(events, "killed") == {CLOSE}


def test_the_close_source_named_again():
    events = ev("وقال المصدر المقرب من تنظيم داعش إن التنظيم أعدم 9 من عناصره في معسكر قرب الرقة.")
    assert claimants(events, "killed") == {CLOSE}


def test_a_source_near_a_movement():
    events = ev("وأفاد مصدر قريب من حركة طالبان أن 11 مقاتلا من الحركة قتلوا في غارة أمريكية بولاية "
                "هلمند.")
    assert claimants(events, "killed") == {CLOSE}


def test_people_close_to_a_group():
    events = ev("وأكد مقربون من جماعة الحوثي أن 3 من قادتها قتلوا في غارة للتحالف على منزل في صنعاء.")
    assert claimants(events, "killed") == {CLOSE}


def test_a_source_in_a_side_stays_that_side():
    """A guard (passes on 299dc04 too): a source inside a side speaks for it."""
    events = ev("وقال مصدر في المقاومة الشعبية إن 12 من مسلحي الحوثي قتلوا في مواجهات بمدينة تعز.")
    assert claimants(events, "killed") == {"Yemeni government forces"}


def actor1s(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.actors if a.role == "actor1"}


def test_the_side_a_source_is_near_does_not_move():
    """The side named after "مقرب من" is whom the source is near, no party to what it tells:
    not the subject a later verb carries ("بعدما غادر")."""
    events = ev("وأكد مصدر مقرب من حركة طالبان أن القيادي في تنظيم القاعدة لجأ إلى ولاية بكتيكا "
                "بعدما غادر مدينة ميرانشاه.")
    assert "Taliban" not in actor1s(events)


def test_the_side_a_source_is_near_announces_nothing():
    """Nor the armed speaker announcing its own deployment ("أعلنت X وصول تعزيزاتها")."""
    events = ev("وقال مصدر مقرب من جماعة الحوثي إن تعزيزات عسكرية كبيرة وصلت إلى مدينة إب قادمة من "
                "ذمار.")
    assert "Houthis" not in actor1s(events)


def test_a_side_named_in_what_the_close_source_says_acts():
    """A guard (passes on 299dc04 too): the side named inside what is said still acts."""
    events = ev("وذكرت مصادر مقربة من حزب الله أن الجيش السوري سيطر على تلال مطلة على بلدة الزبداني.")
    assert actor1s(events) == {"Syrian Arab Army"}
