"""Agency prose counts the wounded with a noun: "led to the death of two people and the injury
of 25 others" (en/quantities.yaml ``actions.injured``): those are injured, not a second count
of the dead."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2013, 9, 2)


def _claims(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.category, c.low) for e in extract(text, published=DAY, language="en")
                  for c in e.claims)


def test_the_injury_of_n_others_is_injured():
    assert _claims("A mortar shell fell on a market in Jaramana on Sunday, leading to the death "
                   "of two people and the injury of 25 others.") == [("injured", 25), ("killed", 2)]


def test_the_wounding_of_n_is_injured():  # guard: as before
    assert _claims("Gunmen fired on a bus near Salamiyah on Sunday, which resulted in the killing "
                   "of a driver and the wounding of six passengers.") == [("injured", 6),
                                                                          ("killed", 1)]
