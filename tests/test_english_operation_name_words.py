"""An event word inside an operation's name is part of the name: "Kurdish fighters launched the
Jazira Storm offensive" was also ground taken ("storm"), and "Riyadh launched Operation
Decisive Storm" too. The capitalised words right before an operation noun, or right
after "Operation" written with its capital, name it (`trigger_compounds.drop_name_words`); a
name holds a capitalised word that is no event word and no side ("Jazira", "Decisive"), so a
title written in capitals keeps its strikes."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _types(text: str) -> list[str]:
    return sorted(e.event_type for e in extract(text, published=DAY, language="en"))


@pytest.mark.parametrize("text", [
    "Kurdish fighters launched the Jazira Storm offensive near Shaddadi on Tuesday.",
    "Riyadh launched Operation Decisive Storm against the rebels in Aden on Thursday.",
    "The army began the Northern Storm campaign against rebels in Hama on Monday.",
])
def test_a_storm_in_a_name_takes_no_ground(text):
    assert _types(text) == ["operation_launch"]


def test_fighting_told_inside_a_named_campaign_is_the_fighting():
    assert _types("Fierce fighting raged on Sunday as part of the Jazira Storm campaign near "
                  "Shaddadi.") == ["clash"]


@pytest.mark.parametrize("text, kind", [
    ("Rebels stormed the town of Morek on Sunday as part of a new offensive.", "territory_change"),
    ("Regime Air Strikes Campaign Kills 20 in Idlib", "airstrike"),
])
def test_event_words_outside_a_name_stay_events(text, kind):
    """Guard: a storm told as a deed, and a title in capitals, keep their events."""
    assert kind in _types(text)
