"""Wire style with its commas lost: "… also wounded 30 others Ahmad Khalil told Reuters". The
speaker of a verb of saying stands between what was told and the verb; a side named before the
reported deed's own verb (the warplane that fired) is no speaker, even when the name right
before the verb is no side we know (a person). The scan back from the verb for its subject
stops at the reported deed's past verb (`claimants.find_attributions`, English only)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 7, 2)


def _claimants(text: str) -> set[str | None]:
    return {c.claimant for e in extract(text, published=PUB, language="en") for c in e.claims}


def test_the_side_that_fired_does_not_tell_its_own_toll():
    got = _claimants("Missiles fired from a Syrian warplane also wounded 40 others Ahmad Khalil "
                     "told Reuters on Friday near Saraqib.")
    assert got and "Syrian Air Force" not in got, got


def test_a_named_group_right_before_the_verb_still_speaks():
    """Guard: "… the Syrian Observatory said" (passes on the base)."""
    got = _claimants("Syrian warplanes killed four civilians in Douma on Friday the Syrian "
                     "Observatory said.")
    assert got == {"Syrian Observatory for Human Rights"}, got


def test_a_monitor_whose_relative_clause_names_fighting_still_speaks():
    """Guard: "the Observatory which monitors the fighting in Syria said …" (passes on the
    base): a noun of fighting in the speaker's own description does not stop the scan."""
    got = _claimants("The Syrian Observatory for Human Rights which monitors the fighting in "
                     "Syria said 30 people were killed in Aleppo on Friday.")
    assert got == {"Syrian Observatory for Human Rights"}, got
