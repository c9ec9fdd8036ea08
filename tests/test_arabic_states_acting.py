"""A capital or a country that denies, says, accuses or condemns in the present, verb first
(«وهو ما تنفيه أنقرة», «وتتهم بريطانيا وفرنسا النظام»), is its government speaking: no place of
the deed it speaks of — nor is the second of a pair joined by «و». Every sentence is written
for these tests; the twin is a capital where a blast went off."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def _places(events: list[Event]) -> set[str]:
    return {p.name for e in events for p in (e.location, e.origin, e.destination, *e.locations)
            if p is not None}


def test_a_capital_denying_civilian_deaths_is_no_place_of_the_strikes():
    events = ev("ويقول المسلحون إن الغارات التركية على جبال قنديل قتلت مدنيين، وهو ما تنفيه "
                "أنقرة.")
    assert events and "Ankara" not in _places(events)


def test_two_states_accusing_a_regime_are_no_places_of_its_attacks():
    events = ev("وتتهم بريطانيا وفرنسا النظام السوري بتنفيذ هجمات بالغاز باستخدام براميل متفجرة "
                "تلقى من المروحيات.")
    assert not {"United Kingdom", "France"} & _places(events)


def test_a_blast_in_a_capital_is_placed_there():
    [blast] = ev("وقتل ثلاثة أشخاص في انفجار سيارة مفخخة في العاصمة التركية أنقرة أمس.")
    assert "Ankara" in _places([blast])
