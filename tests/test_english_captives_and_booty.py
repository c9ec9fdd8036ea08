"""People, arms and power taken are no ground taken: "rebels captured a pilot after his jet
crashed" and "IS fighters seized two soldiers near the base" were changes of territory, and so
were "the army seized weapons and ammunition" and "the officers seized power". As the Arabic
`not_ground` words do («استولوا على كميات من الأسلحة»), a captive, a weapon, a vehicle or power
within three words after a word of taking ground, or right after "of" within six ("a large
cache of weapons"), in its clause, leaves no territory change (en/triggers.yaml
``not_ground``). The ground taken beside them, and the positions of a side, stay ground."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text", [
    "Jihadists captured a pilot near Maarat al-Numan on Monday after his helicopter came down.",
    "Islamic State fighters seized four soldiers near Deir Ezzor airport on Sunday.",
    "Kurdish forces captured two journalists near Qamishli on Monday.",
    "Islamist rebels captured three hostages in the countryside of Hama on Monday.",
])
def test_people_captured_are_no_ground_taken(text):
    assert "territory_change" not in _types(text), _types(text)


@pytest.mark.parametrize("text", [
    "Troops seized a large cache of weapons in a farm near Daraa on Sunday.",
    "The army captured five tanks and ammunition from the militants near Palmyra on Monday.",
    "Troops seized explosives and weapons from the militants in a house in Homs on Monday.",
])
def test_arms_and_vehicles_seized_are_no_ground_taken(text):
    assert "territory_change" not in _types(text), _types(text)


def test_power_seized_is_no_ground_taken():
    assert "territory_change" not in _types(
        "Houthi fighters seized power in the Yemeni capital Sanaa in September.")


def test_the_positions_of_a_side_are_ground():
    """Guard: "the positions of the army" are ground, though a side is named after "of"."""
    assert "territory_change" in _types(
        "Rebels captured the positions of the army near the town of Saraqib on Monday.")


def test_ground_taken_beside_its_captives_stays():
    """Guard: the village taken, then soldiers captured, keeps its change of territory."""
    assert "territory_change" in _types(
        "Rebels stormed and captured the village of Tal Hadiya on Monday, and said they had "
        "taken 12 soldiers prisoner.")
