"""A press word for armed men ("terrorists", "militants", "jihadists") right before "from" and
an armed group's own name ("terrorists from al-Nusra Front targeted the district") names that
group's men — one mention of the group, as "terrorists of Jaish al-Islam" already was
(en/actors.yaml ``men_of.links``). The generic word had stood as a second side the group
fought: the shelling became a clash with the men as its target."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

PUB = date(2016, 11, 26)


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=PUB, language="en")]


def test_the_men_from_a_group_are_its_men():
    got = _roles("Two women were wounded on Saturday when terrorists from Jaish al-Islam fired "
                 "mortar shells on the Bab Touma district of Damascus.")
    assert got and got[0] == {"Jaysh al-Islam": "actor1"}, got


def test_men_from_a_group_opening_the_sentence_are_the_group():
    got = _roles("Terrorists from the Nusra Front shelled the Hamdaniyeh district of Aleppo on "
                 "Saturday killing two people.")
    assert got and got[0] == {"Hayat Tahrir al-Sham": "actor1"}, got


def test_men_from_a_town_stay_men():
    """Guard: "militants from Raqqa" — a town, no group (passes on the base)."""
    got = _roles("Militants from Raqqa attacked a checkpoint near Tabqa on Saturday.")
    assert got and got[0].get("Militants (unspecified)") == "actor1", got
