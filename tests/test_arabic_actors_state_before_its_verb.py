"""Actors (issue 8): a state named right before a verb of doing is its forces.

"يشار إلى أن تركيا شنت غارات على مواقع الحزب", "وكانت أنقرة أطلقت عملية عسكرية": a country
right after a verb acts ("شنت تركيا غارات"), and right before an event verb ("تركيا تقصف"), but
before a verb of doing that carries the event noun after it the country stayed a place, so the
strikes had the side they hit and no actor. Before a feminine form of such a verb (roles.yaml
``state_subject_verbs``: a state is feminine) the country is now its subject, unless the verb's
own subject follows it ("في العراق وسوريا شنت الطائرات": the places are where), or no event
word follows within a few words ("طهران بدأت في فتح الطرق"), or a bracket closes the place
("(جنوب السعودية) أطلقت من داخل اليمن").
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
TURKEY, PKK, US = "Turkish Armed Forces", "Kurdistan Workers' Party", "US forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_turkey_launched_strikes_told_in_a_that_clause():
    events = ev("يشار إلى أن تركيا شنت غارات على مواقع حزب العمال الكردستاني شمالي العراق.")
    assert events
    assert roles_of(events, TURKEY) == {"actor1"}
    assert roles_of(events, PKK) == {"actor2"}


def test_turkey_had_launched_strikes_with_time_between():
    events = ev("وكانت تركيا شنت خلال الأيام الماضية غارات استهدفت مواقع تابعة لحزب العمال الكردستاني شمالي العراق.")
    assert events
    assert roles_of(events, TURKEY) == {"actor1"}


def test_the_united_states_carried_out_its_first_strike():
    events = ev("وقالت وزارة الدفاع إن الولايات المتحدة نفذت يوم الجمعة أول غارة جوية لها دفاعا عن المقاتلين قرب أعزاز.")
    assert events
    assert roles_of(events, US) == {"actor1"}


def test_places_before_a_verb_with_its_own_subject():
    """A guard (passes on main too): "في العراق وسوريا شنت الطائرات" — the countries are where."""
    events = ev("وفي العراق وسوريا شنت الطائرات الحربية 20 غارة على مواقع داعش.")
    assert events
    assert not roles_of(events, US) and not roles_of(events, "Syrian Arab Army")
    assert not any(a.name in ("Iraqi security forces", "Syrian Air Force") for e in events for a in e.actors)


def test_shells_launched_from_yemen_at_a_saudi_town():
    """A guard (passes on main too): "(جنوب السعودية) أطلقت من داخل اليمن" — a bracket closes the
    place, and "أطلقت من" is the passive: the kingdom launched nothing."""
    events = ev("وسقطت قذائف على مدينة نجران (جنوب السعودية) أطلقت من داخل الأراضي اليمنية.")
    assert not any(a.name == "Saudi armed forces" and a.role == "actor1" for e in events for a in e.actors)


def test_a_capital_that_began_no_event():
    """A guard (passes on main too): "طهران بدأت في فتح الطرق" carries no event word."""
    events = ev("وقال القيادي إن طهران بدأت في فتح الطرق أمام المقاتلين العرب مع دخول القوات الأمريكية أفغانستان.")
    assert not any(a.name == "Islamic Revolutionary Guard Corps" for e in events for a in e.actors)
