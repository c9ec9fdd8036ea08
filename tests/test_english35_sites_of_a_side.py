"""A side whose sites were hit was hit, whatever the word for the sites. "Warplanes targeted sites
of the terrorists" made the terrorists the striker, "the air force hit positions for Jaish
al-Fateh" (the wire's "for" of belonging) made the group the striker: en/roles.yaml
``facilities.words`` had positions and posts but not sites, dens, hideouts, gatherings or
fortifications, and ``facilities.links`` had "of" alone (`role_struck.facility_owner`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, owner", [
    ("Warplanes pounded sites of the militants near the town of Tamanaa on Monday, killing six.",
     "Militants (unspecified)"),
    ("The air force destroyed positions for the Nusra Front in Kafr Nabl on Monday, killing nine.",
     "Hayat Tahrir al-Sham"),
    ("Helicopters struck hideouts of the rebels near the town of Kafr Zita on Monday, killing four.",
     "Rebels (unspecified)"),
])
def test_the_owner_of_the_sites_hit_is_hit(text, owner):
    sides = _sides(text)
    assert sides and all(s.get(owner) != "actor1" for s in sides), sides
    assert any(s.get(owner) == "actor2" for s in sides), sides


def test_a_site_fire_came_from_is_the_owners():
    """Guard: "shells fired from positions of the rebels" — the rebels fired (passes on the base)."""
    sides = _sides("Three civilians were killed in Aleppo on Monday by shells fired from positions "
                   "of the rebels.")
    assert not any(s.get("Rebels (unspecified)") == "actor2" for s in sides), sides
