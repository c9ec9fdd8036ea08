"""Ground taken is told with "control" words beside the plain verbs: control taken "in full",
"back" or "completely" ("took full control of the town", "wrested back control of the
village"), and the state press's "established control over" and "imposed full control over"
(en/triggers.yaml territory_change verbs). They had told no event at all; "has full control"
(a state, no verb of taking) still tells none."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 3, 1)  # a Tuesday


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(text, published=DAY, language="en")]


def test_full_control_taken():
    assert _kinds("Rebel fighters took full control of the town of Jisr al-Shughur on "
                  "Monday.") == [("territory_change", "Jisr al-Shughur")]


def test_control_established_by_the_army():
    assert _kinds("Army units established full control over the town of Rastan on "
                  "Monday.") == [("territory_change", "Rastan")]


def test_control_wrested_back():
    assert _kinds("Kurdish fighters wrested back control of the village of Tal Abyad on "
                  "Monday.") == [("territory_change", "Tal Abyad")]


def test_control_imposed():
    assert _kinds("Government troops imposed full control over the town of Rastan in the "
                  "Homs countryside on Monday.") == [("territory_change", "Rastan")]


def test_control_held_is_no_event():  # guard
    assert _kinds("The army has full control of the town of Rastan, a resident said.") == []
