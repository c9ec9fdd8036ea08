"""People named by their faith or their people are counted: "Gunmen shot dead 11 Ismailis in a
village near Salamiyah" gave the killing no claim, and a headline such as "Jihadists admit
killing 25 Alawites" no event at all (its only figure was no loss). Alawites, Christians,
Yazidis, Shiites, Sunnis, Kurds, Assyrians, Armenians and the like are people of unknown kind
(en/quantities.yaml ``nouns``): the word says whom they belonged to, not whether they fought.
Plurals only: "Druze" and "Turkmen" are their own plurals and, like every singular, adjectives
of the noun after them ("12 Druze fighters")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _claims(text: str) -> list[tuple[str, str, int | None]]:
    return [(c.category, c.who, c.best) for e in extract(text, published=DAY, language="en")
            for c in e.claims]


@pytest.mark.parametrize("text, n", [
    ("Gunmen shot dead 11 Ismailis in a village near Salamiyah on Sunday.", 11),
    ("Islamic State militants executed 23 Yazidis near Shaddadi on Monday.", 23),
    ("A car bomb killed 17 Shiites in the town of Sayyida Zeinab on Friday.", 17),
    ("Jihadists admit killing 25 Alawites", 25),
    ("Turkish shelling killed four Kurds in the village of Jarablus on Tuesday.", 4),
    ("Rebels abducted 14 Christians from the town of Mhardeh on Saturday.", 14),
])
def test_the_people_named_by_faith_are_a_claim(text, n):
    assert [(who, best) for _, who, best in _claims(text)] == [("unknown", n)]


def test_a_population_is_no_toll():
    """Guard: a count of people living somewhere, with no event, stays no event."""
    assert extract("About 300000 Assyrians live in the province of Hasakeh.", published=DAY,
                   language="en") == []


def test_civilians_stay_civilians():
    """Guard: a count of civilians beside them keeps its kind."""
    assert _claims("Gunmen killed eight civilians in the village of Mhardeh on Sunday.") == [
        ("killed", "civilians", 8)]


@pytest.mark.parametrize("text, n", [
    ("Jets killed 12 Druze fighters in Sweida on Sunday.", 12),
    ("Shelling killed seven Turkmen rebels in Latakia on Sunday.", 7),
])
def test_an_adjective_of_faith_leaves_the_noun_its_kind(text, n):
    """Guard: a word of faith or people before a noun of fighters is its adjective."""
    assert [(who, best) for _, who, best in _claims(text)] == [("fighters", n)]
