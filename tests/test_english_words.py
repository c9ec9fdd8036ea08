"""English event words, modality cues and actors: inflected forms from en/morphology.yaml, the
press names of the registry's actors, nationality adjectives before a force noun."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.actors import find_actors
from events.extract.doc import Doc
from events.extract.morphology import english_noun_forms, english_verb_forms
from events.extract.pipeline import annotate, extract
from events.extract.sentences import split_sentences
from events.extract.triggers import find_triggers


def test_verbs_come_in_every_form():
    assert set(english_verb_forms("attack")) == {"attack", "attacks", "attacked", "attacking"}
    assert {"struck", "striking", "strikes"} <= set(english_verb_forms("strike"))
    assert {"seized", "seizing"} <= set(english_verb_forms("seize"))
    assert {"fled", "fleeing"} <= set(english_verb_forms("flee"))
    assert {"dropped", "dropping"} <= set(english_verb_forms("drop"))
    assert {"took control", "taken control", "taking control"} <= set(english_verb_forms("take control"))
    assert "left" not in english_verb_forms("leave")  # "left 10 dead" is not a departure


def test_nouns_come_with_their_plural():
    assert english_noun_forms("air strike") == ["air strike", "air strikes"]
    assert english_noun_forms("clash") == ["clash", "clashes"]
    assert english_noun_forms("militia") == ["militia", "militias"]


def triggers(text: str) -> list[tuple[str, str]]:
    doc = Doc(text)
    split_sentences(doc)
    find_triggers(doc)
    return [(t.text, t.event_type) for t in doc.triggers]


@pytest.mark.parametrize("text, word, kind", [
    ("Warplanes carried out several air raids on the town.", "air raids", "airstrike"),
    ("Jets bombed the market at dawn.", "bombed", "bombardment"),
    ("Government artillery shelled the outskirts.", "shelled", "shelling"),
    ("Mortar fire hit the old quarter.", "Mortar fire", "shelling"),
    ("Helicopters dropped barrel bombs on the district.", "dropped barrel bombs", "airstrike"),
    ("Rebels clashed with troops near the airport.", "clashed", "clash"),
    ("Gunmen ambushed a patrol on the highway.", "ambushed", "clash"),
    ("A suicide bomber blew himself up at a checkpoint.", "suicide bomber", "attack"),
    ("A car bomb exploded outside the court.", "car bomb", "attack"),
    ("The militants seized three villages.", "seized", "territory_change"),
    ("The army retook the hill on Friday.", "retook", "territory_change"),
    ("Fighters withdrew from the base overnight.", "withdrew", "movement"),
    ("Hundreds of families fled the town.", "fled", "movement"),
    ("The group launched an offensive against the city.", "launched an offensive", "operation_launch"),
    ("Moscow sent reinforcements to the province.", "sent reinforcements", "deployment"),
    ("Both sides agreed a ceasefire in the region.", "ceasefire", "agreement"),
    ("Troops laid siege to the old city.", "laid siege", "other"),
])
def test_event_words_of_every_kind(text, word, kind):
    assert (word, kind) in triggers(text)


def modalities(text: str) -> list[str]:
    return sorted({m.modality for m in annotate(text).modalities})


def test_modality_cues():
    assert modalities("Militants tried to storm the base.") == ["attempted"]
    assert modalities("Air defences intercepted two rockets.") == ["prevented"]
    assert modalities("Regime helicopters allegedly dropped barrel bombs.") == ["alleged"]
    assert modalities("The army will launch an offensive on the city.") == ["planned"]
    assert modalities("The group threatened to attack the convoy.") == ["threatened"]
    assert modalities("The ministry denied that its jets struck the school.") == ["denied"]


def actors(text: str) -> list[tuple[str, str]]:
    doc = Doc(text)
    split_sentences(doc)
    find_actors(doc)
    return [(a.text, a.name) for a in doc.actors]


def test_press_names_of_the_registry_actors():
    assert actors("ISIS fighters attacked the post.") == [("ISIS fighters", "Islamic State")]
    assert actors("The Nusra Front and the SDF clashed.") == [
        ("Nusra Front", "Hayat Tahrir al-Sham"), ("SDF", "Syrian Democratic Forces")]
    assert actors("Houthi rebels fired a missile.") == [("Houthi rebels", "Houthis")]
    assert actors("the US-led coalition said") == [("US-led coalition", "US-led coalition")]


def test_acronyms_count_only_in_capitals():
    assert actors("IS fighters attacked the village.") == [("IS fighters", "Islamic State")]
    assert actors("The village is quiet and the road is open.") == []
    assert actors("Let us send forces.") == []


def test_nationality_adjectives_name_forces():
    assert actors("Russian warplanes struck the town.") == [("Russian warplanes", "Russian Aerospace Forces")]
    assert actors("Turkish tanks crossed the border.") == [("Turkish tanks", "Turkish Armed Forces")]
    assert actors("Regime helicopters dropped bombs.") == [("Regime helicopters", "Syrian Air Force")]
    assert actors("US and British special forces landed.") == [
        ("US and British special forces", "US/British special forces")]


def test_an_event_word_after_the_nationality_stays_a_trigger():
    doc = annotate("Russian air strikes hit the village.")
    assert [(a.text, a.name) for a in doc.actors] == [("Russian", "Russian Aerospace Forces")]
    assert ("air strikes", "airstrike") in [(t.text, t.event_type) for t in doc.triggers]


def test_generic_fighters_keep_the_outlets_word():
    (a,) = annotate("Terrorists fired rockets at the neighbourhood.").actors
    assert (a.text, a.name) == ("Terrorists", "Militants (unspecified)")


def test_forces_that_entered_a_town_moved_and_a_planted_flag_takes_it():
    kinds = [e.event_type for e in extract(
        "Militants entered the town of Tal Abyad on Monday and planted their black flags on its "
        "hospital.", published=date(2015, 6, 16))]
    assert sorted(kinds) == ["movement", "territory_change"]


def test_weapons_that_back_a_force_are_no_strike():
    text = ("Rebels backed by Turkish tanks and air strikes pushed towards the town of Dabiq on "
            "Friday.")
    kinds = [e.event_type for e in extract(text, published=date(2016, 10, 9))]
    assert "airstrike" not in kinds and "movement" in kinds


def test_fighting_that_flares_is_a_battle_without_a_named_side():
    text = "Fighting also intensified in the eastern suburbs of Damascus on Monday."
    (e,) = extract(text, published=date(2016, 9, 20))
    assert e.event_type == "clash" and e.date_start == "2016-09-19"


def test_a_stressed_last_syllable_doubles_its_consonant():
    assert {"repelled", "repelling"} <= set(english_verb_forms("repel"))
    assert {"expelled", "controlled"} <= set(english_verb_forms("expel")) | set(
        english_verb_forms("control"))
    assert "beaten back" in english_verb_forms("beat back")
