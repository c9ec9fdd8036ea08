"""The Syrian Arab Coalition is the Syrian Democratic Forces' Arab component, not the Saudi-led
"Arab coalition" of Yemen's war, whose alias matched inside its name (en/actors.yaml ``sdf``)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2017, 4, 19)


def test_the_syrian_arab_coalition_is_the_sdf():
    events = extract("Fighters of the Syrian Arab Coalition shelled IS positions near Manbij on "
                     "Monday.", published=DAY, language="en")
    assert [roles(e).get("Syrian Democratic Forces") for e in events] == ["actor1"], [
        roles(e) for e in events]


def test_the_arab_coalition_in_yemen_stays_saudi_led():
    """Guard: "the Arab coalition" alone is still the Saudi-led one (passes on the base)."""
    events = extract("Warplanes of the Arab coalition struck Houthi positions in Saada on Monday.",
                     published=DAY, language="en")
    assert any(roles(e).get("Saudi-led coalition") == "actor1" for e in events), [
        roles(e) for e in events]
