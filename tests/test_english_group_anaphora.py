""""The group said" names again the last group named — and wire reports name a monitor or a
rescue service ("the Observatory", "the White Helmets") as often as an armed group. Bare "the
group" refers back to the nearest of them (en/actors.yaml ``contextual``: ``or_back``): after
the rescuers it is the rescuers who speak, no militants who strike; after an armed group
alone it is still that group."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2017, 3, 14)  # a Tuesday


def _events(text: str):
    return extract(text, published=DAY, language="en")


def _claimants(text: str) -> set[str | None]:
    return {c.claimant for e in _events(text) for c in e.claims}


def _actors(text: str) -> set[str]:
    return {a.name for e in _events(text) for a in e.actors}


def test_the_group_after_the_rescuers_is_the_rescuers():
    text = ("White Helmets volunteers pulled bodies from a bakery in Douma on Monday. Four of its "
            "volunteers were killed in shelling on the town, the group said.")
    assert _claimants(text) == {"Syrian Civil Defence"}
    assert "Militants (unspecified)" not in _actors(text)


def test_the_group_after_the_observatory_is_the_observatory():
    text = ("The Syrian Observatory for Human Rights counted 19 dead in the raids on Saraqeb. "
            "Another 7 people were killed in air strikes on Binnish on Monday, the group added.")
    assert {(c.low, c.claimant) for e in _events(text) for c in e.claims if c.low == 7} == {
        (7, "Syrian Observatory for Human Rights")}


def test_the_group_after_an_armed_group_is_that_group():  # guard: as before
    text = ("Islamic State fighters stormed a village near Raqqa on Monday. The group said it "
            "had killed 20 Kurdish fighters in the assault.")
    assert "Islamic State" in _actors(text)
    assert "Militants (unspecified)" not in _actors(text)
