"""An operation launched under its name is launched: "The SDF launched the Wrath of Euphrates
operation to seize Raqqa" gave no launch, because the start verb must stand within three words
of the operation noun and the name filled them. The capitalised words of a name right before the
noun, with "of" and "the" inside it (triggers.yaml ``launches.name_links``), now widen the reach
by their number; and a name ending in "Rage" is an operation's, no place ("the Euphrates Rage
campaign": cues.yaml ``operation_words``)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 4, 28)


def _launches(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, e.location.name if e.location else None)
            for e in extract(text, published=DAY, language="en")
            if e.event_type == "operation_launch" for a in e.actors if a.role == "actor1"]


@pytest.mark.parametrize("text, launch", [
    ("The SDF launched the Wrath of Euphrates operation to seize Raqqa in November 2016.",
     ("Syrian Democratic Forces", "Raqqa")),
    ("Kurdish forces launched the Wrath of the Euphrates campaign against Raqqa on Sunday.",
     ("Kurdish forces", "Raqqa")),
    ("The SDF launched the Jazira Dawn offensive in Deir Ezzor province on Saturday.",
     ("Syrian Democratic Forces", "Deir ez-Zor")),
])
def test_an_operation_launched_under_its_name(text, launch):
    assert _launches(text) == [launch]


def test_the_rage_named_is_no_place():
    assert _launches("The SDF launched the Euphrates Rage campaign in November 2016.") == [
        ("Syrian Democratic Forces", None)]


def test_a_campaign_far_from_the_verb_is_still_none():
    """Guard: without a name between, the reach stays three words ("launched air strikes on
    Idlib as part of a wider campaign" launches no campaign)."""
    assert _launches("The army launched air strikes on Idlib as part of a wider campaign on "
                     "Sunday.") == []
