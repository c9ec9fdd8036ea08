"""A page's sharing widget counts readers, not the dead: "… 12.03.2017 Get short URL 0 412 A
woman and two children were killed when shells hit …" gave a claim of 412 civilians killed, and
"Get short URL Topic Battle for Raqqa (120) 0 37 The SDF killed 19 militants" one of 37. The
widget (clauses.yaml ``page_furniture``: its opener, a topic's title with its count in
parentheses, the counters after it) and the credit and time stamp before it on its line are
page furniture, not prose: no event, no count and no speaker is read from them, and the body
after them is a sentence of its own."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 4, 28)


def _claims(text: str) -> list[int | None]:
    return sorted(c.best or c.low or 0 for e in extract(text, published=DAY, language="en")
                  for c in e.claims)


@pytest.mark.parametrize("text, claims", [
    ("Get short URL Topic Battle for Raqqa (120) 0 37 The Kurdish-led SDF killed 19 militants "
     "near Tabqa on Friday.", [19]),
    # (the headline's clash and the body's taking of the districts each carry the toll, as they
    # do with "captured")
    ("SDF kills 23 militants near Tabqa\n\nREUTERS Omar Haj Middle East 1730 28.04.2017Get "
     "short URL Topic Battle for Raqqa (180) 0 54 The Kurdish-led SDF killed 23 militants and "
     "took three districts of Tabqa.", [23, 23]),
])
def test_the_widget_counts_nobody(text, claims):
    assert _claims(text) == claims


def test_a_counter_before_the_first_words_is_no_count():
    """"0 612 A woman and two children were killed": 612 is no part of the dead."""
    claims = _claims("Shelling in Damascus\n\nGet short URL 0 612 A woman and two children "
                     "were killed when shells hit the Old City of Damascus on Sunday.")
    assert claims and max(claims) < 10


def test_the_topic_is_no_place():
    """The topic's title ("Battle for Raqqa") names no place of the day's events."""
    evs = extract("SDF kills 23 militants near Tabqa\n\nREUTERS Omar Haj Middle East 1730 "
                  "28.04.2017Get short URL Topic Battle for Raqqa (180) 0 54 The Kurdish-led SDF "
                  "killed 23 militants and took three districts of Tabqa.", published=DAY,
                  language="en")
    assert {e.location.name for e in evs if e.location} == {"Tabqa"}


def test_a_topic_in_prose_stays():
    """Guard: without the widget's opener, a count in the prose is a count."""
    assert _claims("The topic of the talks was the siege. Shelling killed 37 people in Douma "
                   "on Friday.") == [37]
