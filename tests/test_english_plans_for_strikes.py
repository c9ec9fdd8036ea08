"""Strikes named as a plan or asked to be approved ("Obama's plan for Syria strikes", "asked
Congress to authorize military strikes") are planned, no strike that happened (en/triggers.yaml
modality ``planned``: "plan for", "to approve", "to authorize")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2013, 9, 9)


def actual(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="en")
            if e.modality == "actual"]


def test_a_plan_for_strikes_is_no_strike():
    assert "airstrike" not in actual("Senators debated the president's plan for air strikes on "
                                     "Syrian army bases near Damascus on Monday.")


def test_strikes_to_be_authorized_are_no_strike():
    assert "airstrike" not in actual("The president asked the parliament to authorize air "
                                     "strikes on the army in Damascus.")
