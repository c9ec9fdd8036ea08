"""A move someone was forced into was made: "the army forced the militants to withdraw to
Rastan", "forced the fighters affiliated to the Nusra Front and Ahrar al-Sham to pull back"
— the verb after "to" is no aim when a verb of forcing stands before it with its object
between (en/triggers.yaml ``purpose.forcing``; "forced to withdraw", with nothing between, was
already a deed). "Began an offensive to retake the town" still names an aim."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 25)  # a Wednesday


def _moves(text: str) -> list[tuple[str, str | None, dict[str, str]]]:
    return [(e.event_type, e.location.name if e.location else None, roles(e))
            for e in extract(text, published=DAY, language="en")]


def test_militants_forced_to_withdraw():
    got = _moves("The army forced the militants to withdraw to the town of Rastan on Monday.")
    assert [(t, p) for t, p, _ in got] == [("movement", "Rastan")]
    assert got[0][2].get("Militants (unspecified)") == "actor1"


def test_forced_with_a_long_object():
    got = _moves("Government troops forced the fighters affiliated to the Nusra Front and Ahrar "
                 "al-Sham to pull back to the town of Rastan on Monday.")
    assert [(t, p) for t, p, _ in got] == [("movement", "Rastan")]


def test_an_offensive_to_retake_is_still_an_aim():  # guard
    assert [t for t, _, _ in _moves("The army began an offensive on Monday to retake the town "
                                     "of Rastan.")] == ["operation_launch"]
