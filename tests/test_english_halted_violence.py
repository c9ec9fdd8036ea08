"""Violence that stops is no violence told: "Moscow said its jets had halted air strikes on the
town" was an air strike that day, and so were "a halt to the bombing", "a pause in the strikes"
and "the army suspended its offensive". Violence named right after a word of stopping — now
its past and present forms too (stopped, halted, suspended, ceased, paused) and the nouns of a
halt with their preposition (halt to, pause in, cessation of, suspension of; en/triggers.yaml
``violence_halts``), with up to two determiners or possessives between (``halting.bridges``:
"halted its strikes", "an end to all the shelling") — is what stops, not an event. Violence
told beside the halt, and violence stopped by a force that met it ("stopped an attack"), stay."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)  # a Tuesday


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "The defence ministry said on Friday that its jets had halted air strikes on Kafr Nabl.",
    "Russian and government jets paused their bombing of eastern Aleppo on Thursday.",
    "Government forces suspended their offensive on the town of Tabqa on Saturday.",
    "Turkish artillery ceased shelling the villages around Afrin on Sunday.",
])
def test_a_force_that_stops_strikes_nothing(text):
    assert _types(text) == []


@pytest.mark.parametrize("text", [
    "Moscow announced a halt to the bombing of Douma on Monday.",
    "Residents of Madaya welcomed a pause in the shelling on Sunday.",
    "Rebels agreed to the cessation of shelling of Nubl on Monday.",
    "Talks brought an end to all the shelling of Madaya on Sunday.",
])
def test_a_halt_named_is_no_strike(text):
    assert _types(text) == []


def test_the_strike_beside_the_halt_stays():
    """Guard: the strike told with its own verb is an event; the pause it ended is not."""
    assert _types("Warplanes struck Saraqib on Friday, killing six people, ending a pause in "
                  "the strikes.") == ["airstrike"]


def test_an_attack_stopped_by_its_target_stays():
    """Guard: an article ("an") is no bridge — "stopped an attack" is a fight that happened."""
    assert _types("Kurdish fighters stopped an Islamic State attack on Hasakah on "
                  "Monday.") == ["clash"]
