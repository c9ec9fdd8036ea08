"""Combat flights and combat sorties are air strikes ("jets carried out several combat flights
over militant positions"), not a battle because "combat" is a fight word (en/triggers.yaml)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def kinds(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


def test_combat_flights_over_positions_are_air_strikes():
    assert kinds("Government jets flew several combat flights over militant positions east of "
                 "Salamiyah on Monday, killing 15 fighters.") == ["airstrike"]


def test_a_combat_sortie_is_an_air_strike():  # twin: as before
    assert kinds("Russian bombers in a combat sortie on Monday struck jihadist depots near "
                 "Tadmur.") == ["airstrike"]
