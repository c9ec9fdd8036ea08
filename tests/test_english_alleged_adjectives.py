"""An adjective of alleging qualifies the noun after it, not the deed told before it: "Regime
forces killed 48 alleged rebels" tells a killing that happened, of men said to be rebels. Two
things went wrong there: the adjective "alleged" bound the killing before it as alleged
(en/triggers.yaml ``purported``: alleged, purported, supposed — they qualify only forward), and
"alleged", a verb of saying, opened a speech frame whose speaker was the side named before it,
so the killers became the claimant of their own toll (en/attribution.yaml ``adjectives``: a
participle of saying after an article, a possessive or a count is no frame; the sentence's
speaker is then whoever a real frame names, or nobody)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)  # a Tuesday


def _one(text: str):
    events = extract(text, published=DAY, language="en")
    assert len(events) == 1, [e.event_type for e in events]
    return events[0]


@pytest.mark.parametrize("text", [
    "Government troops killed 30 alleged rebels in Aleppo on Friday.",
    "IS militants killed five purported informants in the town of Mayadin on Monday.",
    "Kurdish fighters shot dead 12 alleged spies in the village of Tal Tamr on Monday.",
])
def test_the_killing_of_alleged_fighters_happened(text):
    assert _one(text).modality == "actual"


@pytest.mark.parametrize("text", [
    "Government troops killed 30 alleged rebels in Aleppo on Friday.",
    "Kurdish fighters shot dead 12 alleged spies in the village of Tal Tamr on Monday.",
])
def test_the_killers_do_not_claim_their_own_toll(text):
    e = _one(text)
    assert e.claimant is None and all(c.claimant is None for c in e.claims)


def test_the_monitor_that_speaks_claims_the_toll():
    e = _one("Regime forces killed 48 alleged rebels in Aleppo on Friday the Observatory said.")
    assert e.claimant == "Syrian Observatory for Human Rights"
    assert [c.claimant for c in e.claims] == ["Syrian Observatory for Human Rights"]


def test_an_alleged_attack_stays_alleged():
    """Guard: the adjective still qualifies the event word after it."""
    assert _one("An alleged chemical attack killed 80 people in Khan Sheikhoun on "
                "Tuesday.").modality == "alleged"


def test_a_verb_of_alleging_still_speaks():
    """Guard: "alleged" after its subject is a verb: the army alleges, and speaks."""
    e = _one("The army alleged that rebels shelled the town of Mhardeh on Monday.")
    assert (e.modality, e.claimant) == ("alleged", "Syrian Arab Army")
