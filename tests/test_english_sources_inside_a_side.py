"""An unnamed source inside an armed side ("a source in the Syrian militia said", "sources
within the army told AFP") is a claimant of its own kind, as "a military source" is —
security sources — not the side it sits in (en/attribution.yaml ``sources_inside``). The side
had been the claimant and, as the speaker next to the toll, its actor1."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 1)  # a Tuesday


def _claims(text: str) -> list[tuple[str, str | None, dict[str, str]]]:
    return [(e.event_type, e.claims[0].claimant if e.claims else None, roles(e))
            for e in extract(text, published=DAY, language="en")]


def test_a_source_in_a_militia():
    assert _claims("A source in the Kurdish security forces said a suicide bomber blew himself "
                   "up in Qamishli on Monday, killing 20 people.") == [
        ("attack", "security sources", {})]


def test_sources_within_the_army():
    got = _claims("Rebels fired rockets at a hospital in Aleppo on Monday, killing nine "
                  "people, sources within the Syrian army said.")
    assert [(t, c) for t, c, _ in got] == [("shelling", "security sources")]
    assert got[0][2].get("Syrian Arab Army") != "actor1"


def test_the_army_itself_still_claims():  # guard
    got = _claims("The Syrian army said rebels fired rockets at a hospital in Aleppo on Monday, "
                  "killing nine people.")
    assert [c for _, c, _ in got] == ["Syrian Arab Army"]
