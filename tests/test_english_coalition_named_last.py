"""Bare "the coalition" is the coalition named last (en/actors.yaml contextual ``back_to``):
the opposition's Syrian Coalition speaks in its own statements ("In a statement the Coalition
stressed …"), and is no US-led coalition striking anything; with none named, the coalition of
the war's country ("the coalition" in Syria is the US-led one). "Coalition warplanes" are never
the opposition's: it has none."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract
from tests.extracting import roles_of

DAY = date(2016, 8, 10)  # a Wednesday


def _names(text: str) -> list[str]:
    return [a.name for a in annotate(text, published=DAY, language="en").actors]


def test_the_coalition_after_the_syrian_coalition_is_the_same_body():
    assert _names("The Syrian Coalition condemned the shelling of Douma. In a statement the "
                  "Coalition said those responsible must be held to account.") == [
        "Syrian National Coalition", "Syrian National Coalition"]


def test_the_opposition_coalition_is_no_attacker():
    events = extract("The Syrian Coalition condemned the bombing of Daraya. Regime helicopters "
                     "dropped barrel bombs on Daraya on Tuesday, killing six people. In a statement "
                     "released after the attack the Coalition stressed that the targeting of "
                     "civilians aims at killing as many people as possible.",
                     published=DAY, language="en")
    assert events and not roles_of(events, "US-led coalition")


def test_the_us_led_coalition_named_last():  # guard
    names = _names("The Syrian Coalition condemned the strikes. US-led coalition jets bombed Raqqa "
                   "on Tuesday. The coalition said ten militants were killed.")
    assert names[-2] == "US-led coalition"


def test_coalition_warplanes_are_never_the_oppositions():  # guard
    assert "Syrian National Coalition" not in _names(
        "The Syrian Coalition condemned the raids. Coalition warplanes struck Manbij on "
        "Tuesday.")[1:]
