"""Who claims a deed is no claimant of its toll: "an attack claimed by the Islamic State
group", "IS claimed responsibility", "the group claims the twin bombing that killed 17" tell
the deed claimed (en/attribution.yaml ``deed_claims``) — the toll is the writer's or the next
frame's, and "claimed 21 lives" is a toll, not a claim. "The capital" with no name after it is
the capital named last (cues.yaml ``anaphora``). The Syrian National Coalition is the
opposition's political body: neither the US-led coalition nor a party to its strikes."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def claimants(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.low, c.claimant) for e in extract(text, published=DAY, language="en")
            for c in e.claims]


def test_an_attack_claimed_by_a_group_is_not_its_count():
    got = claimants("A suicide bomber killed at least nine soldiers at a checkpoint in Homs on "
                    "Monday in an attack claimed by the Islamic State group.")
    assert got == [(9, None)]


def test_a_group_claiming_the_bombing_is_not_its_count():
    got = claimants("The Islamic State group claims the twin bombing that hit a bus station in "
                    "Jableh on Monday killing at least 40 people.")
    assert got == [(40, None)]


def test_a_monitor_after_the_claim_still_counts():  # twin: as before
    got = claimants("The Islamic State group claimed responsibility for the bombing in Qamishli "
                    "on Monday. The Syrian Observatory for Human Rights said 31 people were "
                    "killed.")
    assert got == [(31, "Syrian Observatory for Human Rights")]


def test_a_group_claiming_that_its_men_killed_is_the_claimant():  # twin: as before
    got = claimants("The Islamic State claimed that its fighters killed 30 soldiers near "
                    "Palmyra on Monday.")
    assert got == [(30, "Islamic State")]


def test_the_capital_is_the_capital_named_before():
    events = extract("Mortar shells hit a school in Damascus on Monday, wounding six pupils. "
                     "On Sunday a car bomb exploded near a police station in the capital, "
                     "killing four people.", published=DAY, language="en")
    assert [e.location.name if e.location else None for e in events] == ["Damascus", "Damascus"]


def test_the_syrian_national_coalition_is_no_us_led_coalition():
    events = extract("The Syrian National Coalition said regime jets killed 14 civilians in "
                     "Douma on Monday.", published=DAY, language="en")
    assert [(c.low, c.claimant) for e in events for c in e.claims] == [
        (14, "Syrian National Coalition")]
    assert all(a.name != "US-led coalition" for e in events for a in e.actors)
