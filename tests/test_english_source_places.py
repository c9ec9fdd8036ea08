"""Where a source is ("a source in Hasaka told the agency", "a military source in the Homs
province said", "officials in Moscow said") is no place of what the source tells (cues.yaml ``context`` ``sources``,
``source_links``; `place_uses._source`): a car bomb told at its town and again through a
source in the province is one event, at the town. An event its sentence places nowhere else
still takes the source's place: a source in a province mostly tells of that province. "The
city" refers back to a town, never to a name cued as a province ("in Hasaka province")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 7, 27)


def events(text: str) -> list:
    return extract(text, published=PUB, language="en")


def names(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in events(text)]


def test_a_source_in_a_province_adds_no_event_there():
    text = ("A car bomb killed 30 people on Wednesday in Qamishli city in Hasaka province. "
            "The agency quoted a source in Hasaka as saying that a suicide bomber carried out "
            "the attack near a roundabout in the west of the city.")
    got = names(text)
    assert got == ["Qamishli"]


def test_a_source_in_a_town_hospital_is_no_place_of_the_raid():
    text = ("Militants stormed the village of Akerbat in Hama province on Thursday and killed "
            "40 people, a source in Salamiyeh hospital told the agency.")
    assert "Salamiyah" not in names(text)


def test_a_source_whose_sentence_names_no_other_place_still_places_it():
    text = ("According to a military source in the Aleppo Governorate the army killed at least "
            "40 militants on Sunday.")
    got = names(text)
    assert got and got[0] is not None and "Aleppo" in got[0]


def test_the_town_refers_to_the_town_not_the_province():
    text = ("A car bomb exploded on Monday in the town of Tal Tamr in Hasaka province and killed "
            "five people. Militants planted a second bomb near a school in the west of the town.")
    assert "Hasakah" not in names(text)


def test_a_place_where_people_were_killed_stays_a_place():
    text = ("Sources said that government shelling killed 12 civilians in Hasaka on Tuesday.")
    assert names(text) == ["Hasakah"]


def test_officials_in_a_capital_are_no_place_of_the_strikes():
    text = ("Some 90 militants were killed in a series of Russian air strikes in Syria over the "
            "past day, officials in Moscow said.")
    assert "Moscow" not in names(text)
