"""One strike or raid named by a nationality is that nation's air force, as many are: "a Russian
strike killed twelve civilians", "an Israeli raid on a depot", "the regime strike hit a bakery"
named no actor at all, while "Russian strikes" and "Russian air strikes" named the Russian
Aerospace Forces. The singular "strike" and "raid" join en/actors.yaml ``force_heads.air``
beside their plurals, so "Russian strike" reads as "Russian strikes" does (the head, an event
word, stays outside the actor, and the strike is an air strike)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _strikes(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(e.event_type, [(a.name, a.role) for a in e.actors])
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, actor", [
    ("A Russian strike killed twelve civilians in Maarat al-Numan on Monday.", "Russian Aerospace Forces"),
    ("A Syrian raid killed nine people in the town of Saraqib on Sunday.", "Syrian Air Force"),
    ("The regime strike hit a bakery in Douma on Monday.", "Syrian Air Force"),
    ("A US strike on a convoy near Raqqa killed six militants on Sunday.", "US-led coalition"),
    ("Russian air strike kills 14 displaced people near Ariha", "Russian Aerospace Forces"),
])
def test_a_single_strike_names_its_air_force(text, actor):
    events = _strikes(text)
    assert any(t == "airstrike" and (actor, "actor1") in acts for t, acts in events), events


def test_plural_strikes_still_name_it():
    """Guard: what the plural did before (passes on the base)."""
    events = _strikes("Russian strikes killed twelve civilians in Maarat al-Numan on Monday.")
    assert any(("Russian Aerospace Forces", "actor1") in acts for _, acts in events), events


def test_a_strike_of_workers_is_no_force():
    """Guard: a nationality with no strike after it names no air force ("Syrian workers")."""
    events = _strikes("Syrian workers held a strike in Homs on Monday.")
    assert not any(("Syrian Air Force", "actor1") in acts for _, acts in events), events
