"""Fortieth session (speed): a written word's cached forms and start bits hold fewer objects.

Measured (docs/quality.md, "Fortieth session — speed"): the word caches (`text.normalize`'s and
the pre-gate's) hold a quarter of a million words over SaudiNewsNet, and every token of an
article that passes the pre-gate reads its key, stems and heads from them. Three things were
copies of objects already there:

* a word's key: ``surface.lower()`` is a new string even when it is the word as written (every
  Arabic word): the key is now the written word itself when they are equal;
* a word's heads: a tuple of their own even when no stem has ال to drop (most words): the
  stems' tuple is now the heads when they are equal;
* a word's `text.phrases.start_bits` with no second-word table, ``(bits, None)``: a pair per
  word, nine in ten of them ``(0, None)``: one shared pair per value now.

Each is a value the code compares, never an identity it tests: the tests check the values are
the old computation's, written out here, and that the objects are shared.
"""
from __future__ import annotations

import importlib
import random

import pytest

from text import phrases
from text.normalize import _heads, _stems, normalize, split_words, word_forms

normalize_module = importlib.import_module("text.normalize")  # (`text.normalize` is also a function)

# words of our own: bare, with a proclitic, with ال, both, a figure, Latin in both cases
WORDS = ["قتل", "وقتل", "الجيش", "والجيش", "بالجيش", "للجيش", "فالقوات", "كتيبة", "ولله", "لل",
         "ال", "و", "2015", "1,200", "Reuters", "reuters", "ISIS", "killed", "Aleppo", "ﻻ"]
TEXTS = ["قصفت الطائرات الحربية مواقع للمسلحين في ريف حلب الشمالي وقتلت 12 منهم.",
         "Government warplanes struck rebel positions near Aleppo on Monday, killing 12.",
         "وأعلنت وزارة الدفاع أن القوات الخاصة نفذت عملية بالقرب من الحدود."]


def _fresh(word: str) -> str:
    """An equal string that is not the literal (as a word cut from an article is)."""
    return "".join(list(word))


def _old_word(surface: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """`text.normalize._word` before this session: a lower-cased copy, its stems, and the heads
    as a tuple of their own."""
    key = surface.lower()
    stems = _stems(key)
    return key, stems, tuple([s[2:] if len(s) > 4 and s.startswith("ال") else s for s in stems])


def _old_start_bits(forms: tuple[str, ...]) -> phrases.Starts:
    """`text.phrases.start_bits` before this session: a pair of its own at every call."""
    alone = 0
    seconds = None
    for form in forms:
        alone |= phrases._ALONE_BITS.get(form, 0)
        table = phrases._SECOND_BITS.get(form)
        if table is None or table is seconds:
            continue
        if seconds is None:
            seconds = table
        else:
            merged = dict(seconds)
            for second, bits in table.items():
                merged[second] = merged.get(second, 0) | bits
            seconds = merged
    return alone, seconds


def _corpus_words() -> list[str]:
    words = list(WORDS)
    for text in TEXTS:
        words += split_words(normalize(text).norm)[1::2]
    rng = random.Random(40)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى"
    for _ in range(300):
        words.append(rng.choice(["", "و", "ف", "ب", "ل", "ك", "لل", "وال", "بال", "ال"])
                     + "".join(rng.choice(letters) for _ in range(rng.randint(1, 7))))
    return words


def test_an_arabic_words_key_is_the_written_word_itself(monkeypatch):
    monkeypatch.setattr(normalize_module, "_WORDS", {})
    for word in ("قتل", "والجيش", "كتيبة"):
        surface = _fresh(word)
        key, stems, _ = word_forms(surface)
        assert key is surface and stems[0] is surface


def test_the_heads_are_the_stems_tuple_when_no_stem_has_the_article():
    for word in ("قتل", "وقتل", "كتيبة", "لل"):
        stems = _stems(word)
        assert _heads(stems) is stems
    stems = _stems("والجيش")
    assert _heads(stems) is not stems and _heads(stems) == ("والجيش", "جيش", "جيش")


def test_start_bits_without_second_words_are_one_shared_pair_per_value():
    nowhere = phrases.start_bits(("كلمةلاتوجد",))
    assert nowhere == (0, None)
    assert phrases.start_bits(("كلمةاخرىلاتوجد", "ثالثةلاتوجد")) is nowhere


def test_a_words_forms_are_the_old_computations_values(monkeypatch):
    """guard: passes on the base — the same key, stems and heads (in value) for every word,
    and a key that differs from the word as written (English capitals) is its lower case."""
    monkeypatch.setattr(normalize_module, "_WORDS", {})
    for word in _corpus_words():
        assert word_forms(_fresh(word)) == _old_word(word)
    assert word_forms(_fresh("Reuters"))[0] == "reuters"


def test_start_bits_are_the_old_computations_values():
    """guard: passes on the base — for the forms of every word, and for lexicon heads with
    phrases of several words (which keep a second-word table of their own)."""
    from events.extract.trigger_words import trigger_lexicon

    trigger_lexicon("ar")  # its matchers register their heads
    forms = [word_forms(w) for w in _corpus_words()]
    forms += [(h,) for h in list(phrases._SECOND_BITS)[:200] + list(phrases._ALONE_BITS)[:200]]
    for f in forms:
        probe = f if isinstance(f[0], str) and len(f) == 1 else (f[2] or f[1])
        assert phrases.start_bits(probe) == _old_start_bits(probe)


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_read_the_same_forms(text):
    """guard: passes on the base — tokenising gives each token the forms the old computation
    gives its word."""
    from text.normalize import tokenize

    norm = normalize(text).norm
    for tok in tokenize(norm):
        key, stems, heads = _old_word(norm[tok.start:tok.end])
        assert (tok.key, tok.stems, tok.heads) == (key, stems, heads)
