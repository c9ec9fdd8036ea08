"""English mentions the writer marks as one more event of a kind just told: "fresh clashes",
"renewed fighting", a sentence opened by "meanwhile", a place that "also came under fire" or
people "also killed" by shells elsewhere. Event identity keeps them apart from the event
before (en/triggers.yaml ``novelty``, ``another_openers``; events/extract/novelty.py), while
result words and definite nouns with "also" ("the blast also wounded") still tell on the same
event."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 4, 12)


def found(text: str) -> list[tuple[str, list[tuple[str, int | None]]]]:
    return sorted((e.event_type, sorted((c.category, c.low) for c in e.claims))
                  for e in extract(text, published=DAY, language="en"))


def test_people_also_killed_by_shells_elsewhere_are_another_shelling():
    text = ("Rebel shells killed four people in Damascus on Monday. Two women were also "
            "killed by shells that landed on the town of Jaramana.")
    assert found(text) == [("shelling", [("killed", 2)]), ("shelling", [("killed", 4)])]


def test_fresh_clashes_are_not_the_battle_told_before():
    text = ("Government troops repelled an attack by militants on army posts north of Hama on "
            "Monday, killing 30 of the attackers, a military source said. Fresh clashes erupted "
            "later near the city, activists said.")
    assert [t for t, _ in found(text)] == ["clash", "clash"]


def test_a_sentence_opened_by_meanwhile_tells_another_event():
    text = ("Three people were killed when a car bomb exploded in the city of Azaz on Monday. "
            "Meanwhile two people were killed by a roadside bomb near the town.")
    assert sorted(c for _, c in found(text)) == [[("killed", 2)], [("killed", 3)]]


def test_the_event_told_apart_keeps_its_own_toll_and_cause_together():
    text = ("Warplanes struck the town of Saraqib on Monday, killing six people. "
            "Meanwhile at least nine people were killed when a suicide bomber attacked a "
            "checkpoint in the city of Azaz.")
    assert found(text) == [("airstrike", [("killed", 6)]), ("attack", [("killed", 9)])]


def test_result_words_with_also_still_tell_the_same_strike():
    text = ("Warplanes struck a market in the town of Saraqib on Monday, killing six people. "
            "The strike also wounded eleven others.")
    assert found(text) == [("airstrike", [("injured", 11), ("killed", 6)])]


def test_a_definite_attack_with_also_is_the_attack_told():
    text = ("A suicide bomber blew himself up at a checkpoint in the city of Azaz on Monday, "
            "killing five people. The attack also destroyed two cars.")
    assert [t for t, _ in found(text)] == ["attack"]
