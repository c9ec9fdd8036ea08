"""Who forced a move did not make it: "Islamic State militants forced thousands of residents to
flee the town", "fighting between the army and rebels has forced families to leave" — the side
named before the verb of forcing (en/triggers.yaml ``purpose.forcing``) is no actor1 of the
flight; the object of the forcing is its mover ("the army forced the militants to withdraw":
the militants moved, the army faced them). `role_subjects.forced_movers`."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import annotate

DAY = date(2016, 5, 25)  # a Wednesday


def _movers(text: str) -> list[dict[str, str]]:
    doc = annotate(text, published=DAY, language="en", upto="roles")
    return [{m.name: r for m, r in c.actors} for c in doc.candidates if c.event_type == "movement"]


@pytest.mark.parametrize("text, forcer", [
    ("Islamic State militants forced thousands of residents to flee the town of Tabqa on Monday.",
     "Islamic State"),
    ("Government troops compelled hundreds of families to leave the village of Kafr Nabudah on "
     "Monday.", "Government forces"),
])
def test_the_forcer_did_not_move(text, forcer):
    got = _movers(text)
    assert len(got) == 1 and got[0].get(forcer) == "actor2"


def test_the_forced_side_moved():  # guard
    got = _movers("Kurdish fighters forced Islamic State militants to pull out of the village of "
                  "Tall Hamis on Monday.")
    assert got == [{"Islamic State": "actor1", "Kurdish forces": "actor2"}]
