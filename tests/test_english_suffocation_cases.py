"""A gas attack's hurt are counted as cases: "35 cases of suffocation", "12 cases of
asphyxiation" (en/quantities.yaml ``nouns``): so many injured."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 10, 30)


@pytest.mark.parametrize("cases", ["cases of suffocation", "cases of asphyxiation"])
def test_cases_of_suffocation_are_injured(cases):
    events = extract(f"Shells loaded with chlorine fell on the Hamadaniyeh area of Aleppo on Sunday, "
                     f"causing 14 {cases} among residents.", published=DAY, language="en")
    assert [(c.category, c.low) for e in events for c in e.claims] == [("injured", 14)]
