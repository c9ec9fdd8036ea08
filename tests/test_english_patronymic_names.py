"""A name right before "bin"/"ibn" and another name is a man's, often a brigade's namesake
("the al-Zubair bin Awam brigade", "the Khalid ibn al-Walid battalion"): not the town it also
spells (Az Zubayr in Iraq), however big (cues.yaml ``english`` ``patronymics``)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from geo.mentions import find_places
from text import normalize, tokenize

PUB = date(2016, 5, 2)


def place_names(text: str) -> list[str]:
    nt = normalize(text)
    return [h.place.name for h in find_places(nt, tokenize(nt.norm), language="en")]


def test_a_brigade_named_for_a_man_is_no_town():
    got = place_names("Fighters of the al-Zubair bin Awam brigade shelled Douma on Monday.")
    assert not any("Zubayr" in n for n in got)


def test_the_event_stays_where_it_hit():
    evs = extract("A commander of the al-Zubair bin Awam brigade was killed in an air strike on "
                  "Douma on Monday.", published=PUB, language="en")
    assert [e.location.name if e.location else None for e in evs] == ["Douma"]


def test_the_town_itself_is_still_a_town():
    got = place_names("Rockets hit the Iraqi city of Zubair near Basra on Monday.")
    assert any("Zubayr" in n for n in got)
