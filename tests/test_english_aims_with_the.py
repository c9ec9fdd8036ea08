"""An event named as an aim stays an aim when "the" stands before its noun. "The operation was
aimed at the recapture of the town" told the town retaken: the words between an aim's opener
("aimed at", "with the aim of") and its event word (en/triggers.yaml ``aims.bridges``) had
"a" and "an" but not "the"."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)  # a Tuesday


@pytest.mark.parametrize("text, kind", [
    ("The monitor said the army offensive was aimed at the recapture of Tadmur, killing 14 "
     "militants on Monday.", "territory_change"),
    ("Turkish tanks crossed the border on Monday in an operation aimed at the capture of "
     "Jarablus from IS.", "territory_change"),
])
def test_an_aim_after_the_is_no_deed(text, kind):
    evs = extract(text, published=DAY, language="en")
    assert evs, evs
    told = [(e.event_type, e.modality) for e in evs]
    assert all(not (e.event_type == kind and e.modality == "actual") for e in evs), told
