"""Speed without changing what is found: a word seen for the first time gets its pre-gate flags
and word classes from three dicts (`pregate._form_tables`: stem, key and last stem -> bits)
instead of a dozen set tests per stem. The set tests are written out here, as they were, as
the specification; every word of every set (bare, with clitics, with ال), the words of real
and fuzzed text, and figures must get the same bits either way."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.extract import pregate
from events.extract.doc import CRASH_WORD, DEMONYM, DROP_VERB, GUNFIRE_VERB, LAND_WORD
from events.extract.numbers import is_count
from text import phrases
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize
from text.normalize import split_words, word_forms


def _specification(surface: str, language: str) -> tuple[int, dict[str, int]]:
    """A word's flags (FOLLOWS included) and its second-word table, by the set tests."""
    key, stems, heads = word_forms(surface)
    table, launch_nouns, forces, nationalities = pregate._head_flags(language)
    (launch, actions, duals, singulars, own_forces, date_firsts, number_starters, vague,
     operations, anaphora, place_cues, homographs, _, sent, demonyms, crash_words, gunfire,
     drops, lands, figure_singulars, figure_duals) = pregate._class_sets(language)
    f = 0
    follow: dict[str, int] = {}
    for h in heads:
        single, by_second = table.get(h, (0, {}))
        f |= single
        for second, g in by_second.items():
            follow[second] = follow.get(second, 0) | g
    if follow:
        f |= pregate.FOLLOWS
    if not launch_nouns.isdisjoint(stems):
        f |= pregate.TRIGGER
    if not forces.isdisjoint(stems):
        f |= pregate.FORCE
    if not pregate._lone_forces(language, forces).isdisjoint(stems):
        f |= pregate.ARMED | pregate.ACTOR  # (in Arabic only a wing's unit: `_lone_forces`)
    if not nationalities.isdisjoint(stems):
        f |= pregate.NATIONALITY
    if is_count(key, language) or key in figure_singulars or not figure_duals.isdisjoint(stems):
        f |= pregate.COUNT
    if not launch.isdisjoint(stems):
        f |= pregate.LAUNCH_NOUN
    if not actions.isdisjoint(stems):
        f |= pregate.LOSS_ACTION
    if not duals.isdisjoint(stems) or key in singulars:
        f |= pregate.DUAL_OR_SINGULAR
    if not own_forces.isdisjoint(stems):
        f |= pregate.OWN_FORCE
    digit = key[0].isdigit()
    if digit or not date_firsts.isdisjoint(stems):
        f |= pregate.DATE_START
    if digit or key in number_starters or stems[-1] in vague:
        f |= pregate.NUMBER_START
    if not operations.isdisjoint(stems):
        f |= pregate.OPERATION
    if not anaphora.isdisjoint(stems):
        f |= pregate.ANAPHORA
    if not place_cues.isdisjoint(stems):
        f |= pregate.PLACE_CUE
    if key in homographs:
        f |= pregate.HOMOGRAPH
    if key in sent:
        f |= pregate.ARMED | pregate.ACTOR
    if not demonyms.isdisjoint(stems):
        f |= DEMONYM
    if not crash_words.isdisjoint(stems):
        f |= CRASH_WORD
    if key in gunfire:
        f |= GUNFIRE_VERB
    if key in drops:
        f |= DROP_VERB
    if not lands.isdisjoint(stems):
        f |= LAND_WORD
    if not phrases._ANY_HEADS.isdisjoint(heads or stems):
        f |= pregate.ANY_PHRASE
    return f, follow


def _check(surface: str, language: str) -> None:
    nexts: dict[str, dict[str, int]] = {}
    f = pregate._compute(surface, language, nexts)
    expected, follow = _specification(surface, language)
    assert f == expected, (surface, language)
    assert nexts.get(surface, {}) == follow, (surface, language)


def _lexicon_words(language: str) -> set[str]:
    """Every word of every set and head table the flags are read from, as written there and
    with clitics in front of it (the forms a stem of an article's word takes)."""
    table, *sets = pregate._head_flags(language)
    words = set(table) | {s for by_second in table.values() for s in by_second[1]}
    for s in list(sets) + list(pregate._class_sets(language)):
        words.update(s)
    pieces = {w for phrase in words for w in split_words(normalize(phrase).norm)[1::2]}
    return {p + w for w in pieces for p in ("", "و", "ال", "وال", "بال", "لل", "فب", "ك")}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_lexicon_word_gets_the_flags_the_set_tests_gave(language):
    words = _lexicon_words(language)
    assert len(words) > 1000
    for w in words:
        _check(w, language)


@pytest.mark.parametrize("surface", ["12", "٣", "1,500", "2015", "0", "ثلاثة", "عشرات", "three",
                                     "dozens", "Killed", "وقتل", "الحوثيين"])
def test_figures_and_plain_words(surface):
    for language in ("ar", "en"):
        for w in split_words(normalize(surface).norm)[1::2]:
            _check(w, language)


@FUZZ
@given(text=st.one_of(event_text(), newsy_text))
def test_words_of_fuzzed_text(text):
    for w in split_words(normalize(text).norm)[1::2]:
        _check(w, "ar")
        _check(w, "en")
