"""An event told as near is still to come: "the army said it was close to retaking the town"
and "rebels are on the verge of capturing the air base" were ground taken that day. As the
Arabic «قرب» («قرب سقوط القاعدة»), "close to", "closer to", "on the verge of", "on the brink of"
right before the event word (no word between: en/triggers.yaml modality ``imminent``, window 0)
make it planned. "close to the border" names a place: the event word before it stays told."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 2, 9)  # a Tuesday


def _modalities(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "The army said it was close to recapturing the town of Rastan on Monday.",
    "The SDF said it was on the verge of seizing the Tabqa dam on Tuesday.",
    "Rebels said they were on the brink of retaking the town of Morek on Monday.",
    "Iraqi forces are close to recapturing the city of Ramadi, a spokesman said on Monday.",
])
def test_an_event_told_as_near_is_planned(text):
    assert _modalities(text) == [("territory_change", "planned")], _modalities(text)


def test_fighting_close_to_a_place_is_told():
    """Guard: "close to" before a place leaves the fighting before it actual."""
    mods = _modalities("Heavy clashes erupted close to the border town of Azaz on Monday.")
    assert mods == [("clash", "actual")], mods


def test_a_deed_done_beside_the_near_one_is_told():
    """Guard: the town taken on the way stays an actual change of territory."""
    mods = _modalities("Kurdish fighters captured the village of Tal Tamr on Monday and said they "
                       "were close to retaking the town of Hasakah.")
    assert ("territory_change", "actual") in mods, mods
