"""The wires name the Syrian Observatory again in many ways once they have named it: "the
Britain-based group", "the UK-based watchdog", "the British-based Observatory" (en/actors.yaml
``aliases.sohr``). Each is the claimant of the toll it reports, never an unknown source."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)


@pytest.mark.parametrize("speaker", ["the Britain-based group", "the UK-based group",
                                     "the Britain-based watchdog", "the British-based Observatory",
                                     "the British-based monitor"])
def test_a_based_monitor_is_the_observatory(speaker):
    events = extract(f"Air raids killed 11 civilians in the town of Atareb on Monday, {speaker} "
                     "said.", published=DAY, language="en")
    assert [(c.low, c.claimant) for e in events for c in e.claims] == [
        (11, "Syrian Observatory for Human Rights")]
