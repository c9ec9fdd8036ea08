"""A side named inside a kind of source speaks through it and takes no part. "Twelve people were
killed in air strikes, rebel sources said" made the rebels the air strike's author, and
"according to rebel sources" made them its claimant and author: a side's word inside an
unnamed source (en/attribution.yaml ``unnamed_sources``) before the verb of saying is no party
(`claimants.source_start`, `role_near.sides_near`: "rebel sources said", "a rebel commander
told reporters"), and after "according to" a kind of source
that runs past the side's name speaks, not the side (`claimants.find_attributions`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _events(text: str):
    return extract(text, published=DAY, language="en")


@pytest.mark.parametrize("text, side", [
    ("Nine civilians died when barrel bombs hit a bakery in the town of Kafr Zita on Monday, "
     "rebel sources said.", "Rebels (unspecified)"),
    ("Eleven people were killed in air raids on a market in the town of Saraqeb on Monday, "
     "a rebel commander told reporters.", "Rebels (unspecified)"),
    ("Air strikes on the village of Kafr Nabl killed seven people on Monday, according to rebel "
     "sources.", "Rebels (unspecified)"),
])
def test_the_side_of_a_source_takes_no_part(text, side):
    evs = _events(text)
    assert evs and all(side not in roles(e) for e in evs), [roles(e) for e in evs]


def test_according_to_rebel_sources_is_the_sources_claim():
    evs = _events("Air strikes on the village of Kafr Nabl killed seven people on Monday, "
                  "according to rebel sources.")
    claimants = {c.claimant for e in evs for c in e.claims}
    assert claimants == {"opposition sources"}, claimants


def test_a_side_named_apart_from_the_source_still_acts():
    """Guard: the side named in what the sources said acts (passes on the base)."""
    evs = _events("Rebel sources said rebels shelled the town of Mhardeh on Monday.")
    assert any(roles(e).get("Rebels (unspecified)") == "actor1" for e in evs), [roles(e) for e in evs]
