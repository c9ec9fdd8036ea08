"""An execution is an attack of its own, never the fighting of the battle told beside it:
"IS executed nine men after seizing the village" tells two events — the village taken, and
nine men killed who were held — and the nine dead are no toll of the taking. Fighting in the
sentence of a territory change is that battle's (`identity._served`, as ACLED codes a capture),
but a deed done to people held or unarmed is not fighting (en/triggers.yaml ``not_fighting``:
execute, behead, execution, beheading)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)  # a Tuesday


def _tolls(text: str) -> dict[str, list[int]]:
    """Each event type's killed counts."""
    out: dict[str, list[int]] = {}
    for e in extract(text, published=DAY, language="en"):
        out.setdefault(e.event_type, []).extend(
            c.best or c.low for c in e.claims if c.category == "killed")
    return out


@pytest.mark.parametrize("text, dead", [
    ("Islamic State fighters executed nine men after seizing the village of Tal Hamis on "
     "Sunday.", 9),
    ("Rebels captured the town of Kafr Nabl on Monday and executed 12 soldiers.", 12),
    ("IS militants beheaded two soldiers after capturing the town of Tabqa on Sunday.", 2),
])
def test_the_executed_are_no_toll_of_the_capture(text, dead):
    assert _tolls(text) == {"territory_change": [], "attack": [dead]}


def test_fighting_beside_a_capture_is_still_its_battle():
    """Guard: "after fierce fighting" is the capture's battle, one event."""
    got = [e.event_type for e in extract(
        "Rebels captured the town of Kafr Nabl on Monday after fierce fighting with government "
        "forces.", published=DAY, language="en")]
    assert got == ["territory_change"]
