"""A force named right before "to" is a noun, and the verb after "to" its aim: "Moscow sent
its air force to bomb rebel districts" was an air strike done, "an attempt by regime forces to
advance" a movement done, because "force" and "forces" stood among the verbs of making (en/triggers.yaml
``purpose.not_after``) as "forced" does ("were forced to withdraw": a deed). Bare before "to"
neither form is a verb (a verb of forcing takes its object first: "forces civilians to flee",
read by ``purpose.forcing``), so both leave the list."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _told(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en") if e.modality == "actual"]


@pytest.mark.parametrize("text, kind", [
    ("Moscow sent its air force to bomb rebel districts of Aleppo on Monday.", "airstrike"),
    ("An attempt by regime forces to advance on Morek failed on Monday.", "movement"),
    ("The jihadists repelled a bid by government forces to overrun the village of Zamalka on Sunday.",
     "territory_change"),
])
def test_the_verb_after_a_force_is_its_aim(text, kind):
    assert kind not in _told(text), _told(text)


def test_forced_to_is_still_a_deed():
    """Guard: "were forced to withdraw" tells a withdrawal (passes on the base)."""
    assert "movement" in _told("The jihadists were forced to withdraw from Morek on Monday.")
