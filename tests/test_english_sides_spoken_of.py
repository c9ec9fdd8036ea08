"""A side named right after "said" with the sentence going on is what was said of, not who
said it: "Mogherini said on Tuesday the Syrian regime bears primary responsibility for an
attack that killed 58", "the minister said on Tuesday a rebel attack killed 58" — the regime and
the rebels had been the claimants of the toll (en/attribution.yaml ``subjects_after``;
`claimants._told_of`). Wire style closes with its speaker ("… said the army on Tuesday"), and
an agent after "by" speaks ("announced by the Kurdish YPG militia and confirmed by …")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import annotate, extract

DAY = date(2017, 4, 6)  # a Thursday


def _claimants(text: str) -> list[set[str | None]]:
    return [{c.claimant for c in e.claims} for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, side", [
    ("EU foreign policy chief Federica Mogherini said on Tuesday the Syrian regime bears primary "
     "responsibility for an attack that killed 58 people in the Syrian town of Khan Sheikhoun.",
     "Syrian Arab Army"),
    ("The minister said on Tuesday a rebel attack killed 58 people in the Syrian town of Khan "
     "Sheikhoun.", "Rebels (unspecified)"),
])
def test_the_side_spoken_of_does_not_claim_the_toll(text, side):
    got = _claimants(text)
    assert len(got) == 1 and got[0] and side not in got[0]


def test_a_closing_speaker_speaks():  # guard
    assert _claimants("Army shelling killed 20 militants in the Syrian town of Saraqib said the "
                      "army on Tuesday.") == [{"Syrian Arab Army"}]


def test_an_agent_after_by_speaks():  # guard
    doc = annotate("Twelve militants were killed in the fighting which was announced by the Kurdish "
                   "YPG militia and later confirmed by a monitor which follows the war.",
                   published=DAY, language="en", upto="roles")
    assert doc.speakers == ["People's Protection Units"]
