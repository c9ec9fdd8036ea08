"""A side named after "by the" did the deed. "The army said that shelling by the rebels hit a school"
made the army the shelling side and the rebels its target: an agent cue ("by") counted only right
before the side's name, and a name whose alias has no article ("rebels", "US-led coalition",
"Syrian army") starts after "the" — with no agent read, a speaker named first was taken as the
subject. One of en/roles.yaml ``agent_articles`` (the) may stand between the cue and the name
(`role_agents.agent_end`), and between a cue of support and an ally's name ("backed by the
US-led coalition": `role_cues.ally_cue`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, author, speaker", [
    ("The army said that shelling by the rebels hit a school in the town of Mhardeh on Monday.",
     "Rebels (unspecified)", "Syrian Arab Army"),
    ("The Syrian army said that an air strike by the US-led coalition destroyed a bridge near "
     "Deir ez-Zor on Monday.", "US-led coalition", "Syrian Arab Army"),
    ("The Kurdish forces said that an assault by the Islamic State group on the village of Tel "
     "Tamer was repelled on Monday.", "Islamic State", "Kurdish forces"),
])
def test_the_side_after_by_the_acts_and_the_speaker_is_no_side(text, author, speaker):
    sides = _sides(text)
    assert any(s.get(author) == "actor1" for s in sides), sides
    assert not any(s.get(speaker) in ("actor1", "actor2") for s in sides), sides


def test_ground_taken_by_the_army():
    sides = _sides("The district stayed in rebel hands until it was taken over by the Syrian army "
                   "in December.")
    assert any(s.get("Syrian Arab Army") == "actor1" and s.get("Rebels (unspecified)") == "actor2"
               for s in sides), sides


@pytest.mark.parametrize("text, doer, ally", [
    ("Kurdish fighters backed by the US-led coalition stormed the village of Tel Tamer on Monday, "
     "killing nine IS militants.", "Kurdish forces", "US-led coalition"),
    ("Regime forces backed by the Russian air force captured the village of Kinsabba on Monday.",
     "Syrian Arab Army", "Russian Aerospace Forces"),
])
def test_backed_by_the_names_an_ally(text, doer, ally):
    """"backed by the X": the article between, X is still an ally (`role_cues.ally_cue`) — on
    the base the backer, the last side before the verb, was taken as its subject."""
    sides = _sides(text)
    assert any(s.get(doer) == "actor1" and s.get(ally) == "associated" for s in sides), sides
