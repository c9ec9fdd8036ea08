"""Bare "troops" with no nationality are a state force the article already knows: the one it
named before them ("Iraqi tanks rolled … Troops then entered"), else the army of the country
the article is about (actors.yaml ``contextual``, as "the army" and "government forces" are).
Right after another name they are its ("SDF troops"), and they never refer back to an air force.
A cue word of the sentence before ("… on Monday. Troops …": "on" is a target cue) is not theirs,
and the side named right before a passive verb ("40 troops were killed") was hit, not acting."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 9, 20)  # a Tuesday


def roles(text: str) -> list[dict[str, str]]:
    """For each event, its actors' names by role (the first actor of each role)."""
    out = []
    for e in extract(text, published=DAY, language="en"):
        seen: dict[str, str] = {}
        for a in e.actors:
            seen.setdefault(a.role, a.name)
        out.append(seen)
    return out


def test_bare_troops_after_a_sentence_on_a_weekday_are_the_countrys_army():
    got = roles("Shelling hit the outskirts of Homs on Sunday. Troops captured the town of "
                "Morek from the insurgents.")
    assert got[-1].get("actor1") == "Syrian Arab Army"
    assert got[-1].get("actor2") == "Rebels (unspecified)"


def test_bare_troops_are_the_foreign_force_named_before_them():
    got = roles("Turkish tanks crossed into northern Syria on Sunday. Troops seized the "
                "town of Jarablus from Islamic State militants.")
    assert got[-1].get("actor1") == "Turkish Armed Forces"
    assert got[-1].get("actor2") == "Islamic State"


def test_named_troops_keep_their_nationality():  # a nationality still names them (the cue fix alone)
    got = roles("Shelling hit the outskirts of Homs on Sunday. Russian troops captured the town "
                "of Morek from the insurgents.")
    assert got[-1].get("actor1") == "Russian forces"


def test_a_target_cue_ending_the_sentence_before_is_not_the_next_subjects():
    got = roles("Air strikes were reported on Sunday. Jaish al-Fateh fighters captured the hill "
                "from government forces near Hama.")
    assert got[-1].get("actor1") == "Jaysh al-Fateh"


def test_bare_troops_right_after_a_name_are_that_names():  # guard of the new entry
    got = roles("Kurdish YPG troops seized the village of Tell Tamer from Islamic State militants "
                "on Sunday.")
    assert "Syrian Arab Army" not in got[-1].values()


def test_bare_troops_never_refer_back_to_an_air_force():  # guard of the new entry
    got = roles("Russian warplanes struck Palmyra on Saturday. Troops seized the town of "
                "Qaryatain from Islamic State militants on Sunday.")
    assert got[-1].get("actor1") != "Russian Aerospace Forces"


def test_the_side_named_before_a_passive_verb_was_hit():
    got = roles("At least 30 Syrian soldiers were killed in fighting near Palmyra on Sunday.")
    assert got == [{"actor2": "Syrian Arab Army"}]


def test_the_side_before_an_active_verb_still_acts():  # twin of the passive
    got = roles("Syrian troops killed 40 Islamic State militants near Palmyra on Sunday.")
    assert got[0].get("actor1") == "Syrian Arab Army"
