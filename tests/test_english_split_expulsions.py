"""Ground taken with the side between the verb and its particle: "Kurdish fighters drove IS out
of Tal Abyad", "the army chased the Nusra Front from the village" told nothing ("drove out"
was matched only as written together), "rebels pushed the army out of the town" was a move.
en/triggers.yaml ``split_expulsions`` (drive, chase, kick, flush, push, force, run; out, from):
a verb whose particle comes within a few words after it, only a side's words between (an
actor, or ``fillers``), takes ground from that side (`trigger_compounds.find_split_expulsions`,
``TriggerLexicon.expulsions`` at the end); the side right after the verb is the one hit, a
subject named or not (`role_ground._split`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 8, 16)  # a Tuesday


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.event_type, e.modality, [a.name for a in e.actors if a.role == "actor1"],
             [a.name for a in e.actors if a.role == "actor2"])
            for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, taker, loser", [
    ("Kurdish fighters drove IS out of Tal Abyad on Monday.", "Kurdish forces", "Islamic State"),
    ("The army chased the Nusra Front from the village of Kafr Nabl on Monday.",
     "Syrian Arab Army", "Hayat Tahrir al-Sham"),
    ("Rebels pushed the army out of the town of Kafr Nabl on Monday.", "Rebels (unspecified)",
     "Syrian Arab Army"),
    ("Government troops kicked the rebels out of Kafr Nabl on Sunday.", "Syrian Arab Army",
     "Rebels (unspecified)"),
])
def test_the_side_between_lost_the_ground(text, taker, loser):
    assert [(t, m, a1, a2) for t, m, a1, a2 in _events(text) if t == "territory_change"] == [
        ("territory_change", "actual", [taker], [loser])]


def test_the_side_after_the_verb_lost_it_with_no_subject_named():
    """"heavy shelling forced the Free Syrian Army from the town": the army named after the
    verb lost the town, no side before it took it."""
    events = _events("Heavy shelling forced the Free Syrian Army from the town of Kafr Nabl on Monday.")
    assert any(t == "territory_change" and a2 == ["Free Syrian Army"] and not a1
               for t, _, a1, a2 in events), events


def test_a_failed_expulsion_was_attempted():
    events = _events("Rebels failed to drive the army out of the base near Hama on Monday.")
    assert [(t, m) for t, m, _, _ in events] == [("territory_change", "attempted")]


@pytest.mark.parametrize("text", [
    "Regime shelling forced 3000 residents out of Kafr Nabl on Monday.",
    "Government troops pushed the rebels back from the road near Hama on Monday.",
    "The army forced the rebels to withdraw from Kafr Nabl on Monday.",
    "The offensive aims to drive IS out of Raqqa, the SDF said on Monday.",
])
def test_no_ground_taken_without_a_side_between_or_as_an_aim(text):
    """Guard: people driven from their homes, a side pushed back, a side forced to withdraw
    (a move of its own) and an aim take no ground (passes on the base)."""
    assert "territory_change" not in [t for t, _, _, _ in _events(text)]
