"""Speed without changing what is found (the thirty-sixth session's pass). Each shortcut is
checked against the code path it replaces, written out here as the specification, on fuzzed
text, sentences of our own and (when ../shared is present) real SaudiNewsNet articles:

* the token regex writes its letter class `[^\\s\\W\\d_]` (whitespace ruled out first) and its
  runs possessive: the same pieces as the regex it replaces;
* `normalize` cuts the text at its deleted marks once (`re.split`) instead of a search, a
  match per mark and a substitution: the same normalised text and offset maps;
* `extract` drops the phrase pool (`text.phrases.forget_pool`) before it returns: the article's
  tokens die with it instead of meeting the cyclic collector between articles;
* when a matcher grows, the pre-gate's word cache refreshes the words of the grown heads
  (`pregate._refresh`, `phrases.heads_grown_since`) instead of being emptied: the same entries
  as a cache filled afresh.

The tests of the new behaviour fail on the base (299dc04); those marked "guard: passes on the
base" specify a path the base already runs. New names are looked up inside the tests, so that
the guards run on the base too.
"""
from __future__ import annotations

import importlib
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.extract.pipeline import annotate, extract
from tests.fuzz_strategies import FUZZ, newsy_text
from text import phrases
from text.phrases import PhraseMatcher

normalize_module = importlib.import_module("text.normalize")
pregate = importlib.import_module("events.extract.pregate")

SNN = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "saudinewsnet"

OWN = [  # sentences of our own: tashkeel, tatweel, bidi marks, ligatures, figures, Latin words
    "قَصَفَتْ الطائراتُ مواقعَ المسلحين في بلدة الزهراء ــ قرب حلب، وقُتِلَ 12 شخصاً",
    "\u200fقال مسؤول\u200e إن 3,500 نازح وصلوا إلى ﻣﺪﻳﻨﺔ ﺍﻟﺮﻗﺔ، ﻻ سيما من ريف حماة",
    "وسيطرت القوات على تلة_قرب تدمر ⁦(ISIS)⁩ في 25/7/2015 بعد اشتباكاتٍ عنيفةٍ",
    "Syrian jets struck rebel positions in Douma, killing 12.5 percent of the 1,200 fighters",
    "\ufeffاا  ــــ  \u064b\u064c\u0651 ٣٤٥ ۶۷ ٫ ٬ abc_def ﷲ ﻷ",
]
# The token regex as it was: the letter class `[^\W\d_]`, greedy runs
_OLD_TOKEN = re.compile(r"(?:[\u0621-\u064a]+|[^\W\d_])[^\W\d_]*|\d+(?:[.,]\d+)*")
_OLD_SPLIT = re.compile(f"({_OLD_TOKEN.pattern})")


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    if not SNN.is_dir():
        pytest.skip("../shared/corpus/saudinewsnet is absent")
    from events.extract.bench import corpus_articles

    return [text for _, text, _ in corpus_articles(SNN, 300)]


# -- the word split --------------------------------------------------------------------------

def test_the_letter_class_is_the_class_it_replaces_at_every_code_point():
    """guard: passes on the base. No whitespace character is a word character: ruling it out
    first changes no character's answer."""
    new, old = re.compile(r"[^\s\W\d_]"), re.compile(r"[^\W\d_]")
    differ = [c for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
              and bool(new.fullmatch(chr(c))) != bool(old.fullmatch(chr(c)))]
    assert differ == []


def test_the_split_rules_whitespace_out_first_and_keeps_no_backtracking():
    pattern = normalize_module._TOKEN_RE.pattern
    assert r"[^\s\W\d_]" in pattern and r"[^\W\d_]" not in pattern
    assert "++" in pattern and "*+" in pattern


def _same_pieces(text: str) -> None:
    norm = normalize_module.normalize(text).norm
    for t in (text, norm):
        assert normalize_module.split_words(t) == _OLD_SPLIT.split(t)
        assert normalize_module.words_of(t) == _OLD_TOKEN.findall(t)


def test_the_split_of_our_sentences_is_the_split_it_replaces():
    """guard: passes on the base."""
    for text in OWN:
        _same_pieces(text)


def test_the_split_of_real_articles_is_the_split_it_replaces(real_texts):
    """guard: passes on the base."""
    for text in real_texts:
        _same_pieces(text)


@FUZZ
@given(text=st.one_of(newsy_text, st.text(max_size=120)))
def test_the_split_of_fuzzed_text_is_the_split_it_replaces(text):
    """guard: passes on the base."""
    _same_pieces(text)


# -- normalising: one scan for the deleted marks ---------------------------------------------

def _normalize_as_it_was(text: str):
    n = normalize_module
    unfolded, inserts = n._unfold(text)
    shifts: list[int] = []
    if n._DELETED_RE.search(unfolded):
        for k, m in enumerate(n._DELETED_RE.finditer(unfolded)):
            shifts.append(m.start() - k)
        stripped = n._DELETED_RE.sub("", unfolded)
    else:
        stripped = unfolded
    return n.NormText(text, n._one_to_one(stripped), shifts, inserts)


def _same_normalized(text: str) -> None:
    got, want = normalize_module.normalize(text), _normalize_as_it_was(text)
    assert (got.norm, got._shifts, got._inserts) == (want.norm, want._shifts, want._inserts)
    for i in range(0, len(got.norm) + 1, 7):
        assert got.to_orig(i) == want.to_orig(i)


def test_normalized_sentences_of_ours_are_what_three_scans_gave():
    """guard: passes on the base."""
    for text in OWN:
        _same_normalized(text)


def test_normalized_real_articles_are_what_three_scans_gave(real_texts):
    """guard: passes on the base."""
    for text in real_texts:
        _same_normalized(text)


marks = st.sampled_from(["\u064b", "\u0651", "\u0640", "\u200f", "\u202b", "\u2066", "\ufeff",
                         "\u0670", "ﻻ", "ﺍ", "ة", "أ", " ", "ب"])


@FUZZ
@given(text=st.one_of(newsy_text, st.lists(marks, max_size=40).map("".join)))
def test_normalized_fuzzed_text_is_what_three_scans_gave(text):
    """guard: passes on the base."""
    _same_normalized(text)


class _Counting:
    """A stand-in for `_DELETED_RE` that counts the scans asked of it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def __getattr__(self, name: str):
        self.scans += 1
        return getattr(self.pattern, name)


def test_normalize_scans_the_text_for_its_marks_once(monkeypatch):
    counting = _Counting(normalize_module._DELETED_RE)
    monkeypatch.setattr(normalize_module, "_DELETED_RE", counting)
    normalize_module.normalize(OWN[0])
    assert counting.scans == 1


# -- the phrase pool dropped when the article is done ----------------------------------------

ARTICLE = ("شنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة، وقتل 12 مسلحا في اشتباكات مع "
           "القوات الحكومية قرب مدينة تعز، وقال مسؤول إن الطيران قصف معسكرا في لحج")


def test_extract_leaves_no_token_of_the_article_in_the_pool():
    """The article passes the pre-gate (it has events), so its `Doc` seeded the pool."""
    assert extract(ARTICLE, published=date(2015, 7, 1))
    assert phrases._LAST[0] is None


def test_extract_gives_the_same_events_with_the_pool_dropped_between_articles():
    """guard: passes on the base."""
    first = extract(ARTICLE, published=date(2015, 7, 1))
    doc = annotate(ARTICLE, published=date(2015, 7, 1))  # the pool holds this doc's tokens
    assert phrases._LAST[0] is doc.tokens
    assert extract(ARTICLE, published=date(2015, 7, 1)) == first


def test_a_forgotten_pool_is_made_again():
    doc = annotate(ARTICLE, published=date(2015, 7, 1), upto="sentences")
    matcher = _grown_matcher()
    before = [(m.starts(doc.tokens), m.starts(doc.tokens, 3, 20)) for m in _some_matchers()]
    phrases.forget_pool()
    assert [(m.starts(doc.tokens), m.starts(doc.tokens, 3, 20)) for m in _some_matchers()] == before
    assert matcher.starts(doc.tokens) == []


def _some_matchers() -> list[PhraseMatcher]:
    from events.extract.actor_registry import registry
    from events.extract.trigger_words import trigger_lexicon

    lex = trigger_lexicon("ar")
    return [lex.triggers, lex.modality, registry("ar").matcher]


# -- a grown matcher refreshes the words of its heads ----------------------------------------

# Heads no text holds (the matchers of this test stay registered for the rest of the run, so
# they must start nothing any other test reads), and a real word with a made-up second word.
JUNK = ["ظظقزز", "ززظظق"]


def _grown_matcher() -> PhraseMatcher:
    m: PhraseMatcher = PhraseMatcher()
    m.add(JUNK[0], "a")
    m.add("قصفت " + JUNK[1], "b")
    return m


def _fresh_entries(words: list[str], monkeypatch) -> list:
    """The entries a cache filled from nothing gives now."""
    with monkeypatch.context() as m:
        m.setattr(pregate, "_FLAGS", {})
        m.setattr(pregate, "_NEXT", {})
        m.setattr(pregate, "_AT", {})
        return pregate.word_entries(words, "ar")


def test_entries_after_a_matcher_grows_are_the_entries_made_afresh(monkeypatch):
    """guard: passes on the base (which empties the cache)."""
    words = normalize_module.split_words(normalize_module.normalize(
        ARTICLE + " " + " ".join(JUNK) + " قصفت").norm)[1::2]
    pregate.word_entries(words, "ar")
    PhraseMatcher().add("قصفت " + JUNK[1] + " " + JUNK[0], "c")  # one more, a version further
    got = pregate.word_entries(words, "ar")
    assert got == _fresh_entries(words, monkeypatch)
    assert pregate.word_flags(words, "ar") == pregate.flags_of(got, words, "ar")


def test_a_grown_matcher_leaves_the_entries_of_other_words_as_they_were():
    words = normalize_module.split_words(normalize_module.normalize(ARTICLE).norm)[1::2]
    before = pregate.word_entries(words, "ar")
    m = PhraseMatcher()
    m.add(JUNK[1] + " " + JUNK[0], "d")
    after = pregate.word_entries(words, "ar")
    assert all(a is b for a, b in zip(after, before))


def test_the_words_of_a_grown_head_get_its_bits():
    """guard: passes on the base (which computes every word again)."""
    words = [JUNK[0] + "ي", "قصفت", JUNK[1]]  # (the first: a head no matcher has yet)
    pregate.word_entries(words, "ar")
    m = PhraseMatcher()
    m.add(words[0], "e")
    flag, _, (alone, _) = pregate.word_entries(words, "ar")[0]
    assert flag & pregate.ANY_PHRASE and alone & m._bit


def test_heads_grown_since_names_the_heads_of_each_growth():
    version = phrases.heads_version()
    m = PhraseMatcher()
    m.add(JUNK[0] + "ه " + JUNK[1], "f")
    assert phrases.heads_grown_since(version) == frozenset({JUNK[0] + "ه"})
    assert phrases.heads_grown_since(phrases.heads_version()) == frozenset()
