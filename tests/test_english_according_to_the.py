""""According to the Syrian Observatory for Human Rights" names its speaker after an article:
the frame looked for the speaker only right after "according to", found "the", and gave up —
the monitor's toll had no claimant (en/attribution.yaml ``preposition_articles``: after an
article the speaker may stand up to ``window_after`` words on, as after a verb)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)  # a Tuesday


def _claimants(text: str) -> list[str | None]:
    return [c.claimant for e in extract(text, published=DAY, language="en") for c in e.claims]


@pytest.mark.parametrize("text, who", [
    ("Government troops killed 30 rebels in Aleppo on Friday according to the Syrian "
     "Observatory for Human Rights.", "Syrian Observatory for Human Rights"),
    ("Air strikes killed 14 people in the town of Atareb on Monday according to the "
     "Britain-based Syrian Observatory.", "Syrian Observatory for Human Rights"),
    ("According to the Syrian Network for Human Rights Russian jets killed 12 civilians in the "
     "town of Atareb on Monday.", "Syrian Network for Human Rights"),
])
def test_the_speaker_after_the_article_claims_the_toll(text, who):
    assert _claimants(text) == [who]


def test_a_speaker_right_after_according_to_still_claims():
    """Guard: no article, the speaker right after the preposition."""
    assert _claimants("Air strikes killed 14 people in Atareb on Monday according to "
                      "SANA.") == ["SANA"]


def test_a_report_without_a_speaker_names_none():
    """Guard: "according to the report" names no one."""
    assert _claimants("Air strikes killed 14 people in Atareb on Monday according to the "
                      "report.") == [None]
