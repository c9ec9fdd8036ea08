"""A place name right before a word that names a military operation ("Operation Euphrates
Shield", "the Euphrates Wrath offensive") is the operation's name, no place of what happens
in it (cues.yaml ``english`` ``operation_words``): a river named so had placed the
operation's battles on the Euphrates' midpoint."""
from __future__ import annotations

from geo.mentions import find_places
from text import normalize, tokenize


def place_names(text: str) -> list[str]:
    nt = normalize(text)
    return [h.place.name for h in find_places(nt, tokenize(nt.norm), language="en")]


def test_an_operation_named_for_a_river_is_no_river():
    got = place_names("Turkish-backed rebels fighting in Operation Euphrates Shield took Dabiq.")
    assert "Euphrates" not in got


def test_a_quoted_operation_name_is_no_river():
    got = place_names('Rebels joined the offensive dubbed "Euphrates Wrath" in the north.')
    assert "Euphrates" not in got


def test_the_river_itself_is_still_a_place():
    got = place_names("Civilians drowned while crossing the Euphrates River near Mayadin.")
    assert "Euphrates" in got
