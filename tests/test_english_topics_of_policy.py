"""Strikes named as the topic of a policy, a debate, a vote or a ban are no strikes told: "the
minister defended Britain's policy on air strikes" was an air strike placed in Britain, and "MPs
held a debate on air strikes in Iraq" one in Iraq. "policy on", "debate on", "vote on",
"moratorium on", "ban on" (and "voted on", "debated") right before the event word are aim
openers of en/triggers.yaml (``aims.openers``, beside "to discuss"): what they name is a
subject of talk. The strikes told beside them stay."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2015, 11, 24)  # a Tuesday


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "The ministry's policy on air strikes against Islamic State in Iraq has not changed, a "
    "spokesman said.",
    "Senators opened a debate on air strikes against the jihadists in Syria on Thursday.",
    "The cabinet debated air strikes against the jihadists in Syria on Thursday.",
    "The Danish parliament held a vote on air strikes against Islamic State in Syria on Monday.",
    "A moratorium on air strikes against rebels in Idlib was announced by the ministry on Monday.",
    "The ban on barrel bombs dropped by regime helicopters in Aleppo is ignored, activists said "
    "on Monday.",
])
def test_strikes_as_a_topic_are_no_strikes(text):
    assert _types(text) == [], _types(text)


def test_strikes_told_beside_the_debate_stay():
    """Guard: a strike told in the same sentence as the debate keeps its event."""
    evs = extract("Warplanes bombed the town of Hit on Monday as lawmakers held a debate on air "
                  "strikes in Iraq.", published=DAY, language="en")
    got = [(e.event_type, e.location.name if e.location else None) for e in evs]
    assert got == [("airstrike", "Hīt")], got
