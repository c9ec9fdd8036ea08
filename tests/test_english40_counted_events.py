"""A figure that counts strikes, not people: "Dozens of Syrian regime strikes on Aleppo killed
at least 16 civilians", "Two of the raids on the town killed …". The figure's "of" led to a
side's name (read as its men: "dozens of Syrian regime" soldiers killed) or to a complement
before the verb (read as people killed, as "seven of the tribesmen were killed" is); an event
word after the link, or right after the side's name, makes it a count of events
(quantities.yaml ``counted_events``, English)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 6, 5)


def _claims(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.category, c.who, c.low) for e in extract(text, published=PUB, language="en")
            for c in e.claims]


def test_dozens_of_a_sides_strikes_count_no_soldiers():
    assert _claims("Dozens of Syrian regime strikes on Aleppo killed at least 16 civilians on "
                   "Sunday.") == [("killed", "civilians", 16)]


def test_two_of_the_raids_count_no_dead():
    assert _claims("Two of the regime air raids on Douma killed at least 9 civilians on "
                   "Sunday.") == [("killed", "civilians", 9)]


def test_dozens_of_a_sides_fighters_are_its_dead():
    """Guard: a people noun after the side's name (passes on the base)."""
    assert _claims("Dozens of IS fighters were killed in Aleppo on Sunday.") == [
        ("killed", "fighters", 12)]
