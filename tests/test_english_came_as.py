"""What an event "came as" is another happening of that time, told in a clause of its own
(en/clauses.yaml ``openers``: came as, comes as, come as, coming as): "The shelling came as peace
talks opened in the Kazakh capital Astana" places no shelling in Kazakhstan, and "The raids came
as Kurdish fighters pressed their assault on Manbij" is no air raid on Manbij — the raids are
the ones told before, the assault an event with its own sides and place."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 25)  # a Wednesday
STRIKE = "Regime shelling killed six civilians in the Syrian town of Saraqib on Tuesday."
TALKS = "The shelling came as a new round of peace talks opened in the Kazakh capital Astana."


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [f"{STRIKE} {TALKS}", f"{TALKS} {STRIKE}"])
def test_the_venue_of_talks_is_no_place_of_the_shelling(text):
    assert _events(text) == [("shelling", "Saraqib")]


def test_the_happening_after_came_as_keeps_its_own_kind():
    got = _events("Russian jets bombed the Syrian town of Saraqib on Monday. The raids came as "
                  "Kurdish fighters pressed their assault on the town of Manbij.")
    assert ("airstrike", "Saraqib") in got and ("airstrike", "Manbij") not in got
