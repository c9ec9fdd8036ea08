"""Speed without changing what is found (the thirty-fourth session's pass before the gate).
Each shortcut is checked against the path it replaces, written out here as the specification:

* the dates step tries, at each word some date rule may start with, the alternation of the
  word's rules (`dates.Rules.screen`) before the rules themselves: the screen matches at a
  position exactly when one of the rules does, so the step finds what trying every rule finds;
  it remembers by word key where each word's rules are tried (`dates._placed`: what
  `_candidates` gives, shifted to the token's start), and `dates_rules.norm_entry` remembers
  its answers (a pure function of the text);
* a new word's first sight (`pregate._fill`) hands `_compute` the word's forms and the
  language's tables it would otherwise look up again: the same flags and classes;
* `normalize._stems` returns a word with no proclitic letter and no ال at once: the stems the
  full stripping gives;
* the `Doc` reads the pre-gate's entries (``entries=``) instead of lists of every word's
  forms and start bits made first: the same tokens, bits and phrase starts.

The tests of what is new fail before the change (the screens, `_compute`'s arguments and the
``entries`` of the `Doc` do not exist there); the others are guards ("guard: passes on the
base"): the path they specify is the old one.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events import language
from events.extract import dates, dates_rules, pregate
from events.extract.doc import Doc
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import phrases
from text.normalize import _stems, normalize, split_words, word_forms

SNN = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "saudinewsnet"

_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")


def _stems_in_full(word: str) -> tuple[str, ...]:
    """`_stems` as it was: every stripping tried on every Arabic word."""
    if not _ARABIC_RE.match(word):
        return (word,)
    cands = [word]
    if word[0] in "وف" and len(word) > 3:
        cands.append(word[1:])
    for c in list(cands):
        if c.startswith("لل") and len(c) > 4:
            cands.append(c[2:])
        elif c[0] in "بلك" and len(c) > 3:
            cands.append(c[1:])
    out: list[str] = []
    for c in cands:
        bare = c[2:] if c.startswith("ال") and len(c) > 4 else c
        for form in (c, bare):
            if form not in out:
                out.append(form)
    return tuple(out)


def _real_articles(n: int):
    from events.extract.bench import corpus_articles

    return list(corpus_articles(SNN, n))


# ---- dates: the screen of each word's rules


def _screen_agrees(text: str, lang: str) -> int:
    """At every position the dates step tries (each token of a word some rule starts with),
    and at every token start for each word's rules, the screen matches exactly when one of
    the rules does; returns how many positions a rule matched at."""
    lex = dates._lexicon(lang)
    doc = Doc(text, language=lang)
    hits = 0
    tried: list[tuple[int, list]] = []
    for tok in doc.tokens:
        tried += dates._candidates(lex, tok)
    for key in ("#", "في", "منذ", "in", "since"):
        if key in lex.rules:
            tried += [(tok.start, lex.rules[key]) for tok in doc.tokens]
    for pos, rules in tried:
        some = any(rule.rx.match(doc.norm, pos) for rule in rules)
        screen = rules.screen
        if screen is None:
            assert len(rules) < 2
            continue
        assert (screen.match(doc.norm, pos) is not None) == some, (pos, doc.norm[pos:pos + 30])
        hits += some
    return hits


class _Forgetful(dict):
    """A memo that never remembers: each token's rules placed afresh by `_candidates`."""

    def get(self, key, default=None):
        return default

    def __setitem__(self, key, value):
        pass


def _dates_both_ways(text: str, lang: str, published=None) -> list:
    """The dates step as it is, and as it was: every rule tried (no screens), each token's
    rules placed by `_candidates` (no memo), each handler's words normalised anew (no cache
    of `norm_entry`). The same dates."""
    from events.extract.pipeline import annotate

    doc = annotate(text, language=lang, published=published, upto="dates")
    now = [(d.start, d.end, d.date_start, d.date_end, d.date_prec, d.kind) for d in doc.dates]
    lex = dates._lexicon(lang)
    saved = [(r, r.screen) for r in lex.rules.values()]
    memo, cached = lex.placed, dates_rules._norm_entry
    try:
        for r, _ in saved:
            r.screen = None
        lex.placed = _Forgetful()
        dates_rules._norm_entry = cached.__wrapped__
        doc.dates = []
        dates.find_dates(doc)
    finally:
        for r, s in saved:
            r.screen = s
        lex.placed, dates_rules._norm_entry = memo, cached
    assert now == [(d.start, d.end, d.date_start, d.date_end, d.date_prec, d.kind)
                   for d in doc.dates]
    return now


def _placed_agrees(text: str, lang: str) -> None:
    """`_placed` of every token (remembered or not) is `_candidates` shifted to its start."""
    lex = dates._lexicon(lang)
    for tok in Doc(text, language=lang).tokens:
        want = [(pos - tok.start, rules) for pos, rules in dates._candidates(lex, tok)]
        assert list(dates._placed(lex, tok)) == want
        assert list(lex.placed[tok.key]) == want


@FUZZ
@given(text=st.one_of(event_text(), newsy_text))
def test_placed_rules_are_the_candidates_on_fuzzed_text(text):
    _placed_agrees(text, "ar")
    _placed_agrees(text, "en")


def test_norm_entry_remembered_is_norm_entry():
    for word in ["الشهر  الماضي", "أمس", "مايو", "ليلة أول أمس", "Last  Week", 2015, "ـيوم"]:
        assert dates_rules.norm_entry(word) == dates_rules._norm_entry.__wrapped__(str(word))
        assert dates_rules.norm_entry(word) == " ".join(normalize(str(word)).norm.split())


def test_every_word_with_several_rules_has_a_screen():
    for lang in ("ar", "en"):
        rules = dates._lexicon(lang).rules
        assert all(isinstance(r, dates.Rules) for r in rules.values())
        assert all((r.screen is None) == (len(r) < 2) for r in rules.values())
        assert len(rules["#"]) >= 4 and rules["#"].screen is not None


def test_a_screen_keeps_each_rule_s_own_backreference():
    """The numeric date rule reads its separator back ("25/5/2015", not "25/5-2015"): renamed
    apart in the screen, each branch still reads its own group."""
    lex = dates._lexicon("ar")
    for text, some in [("25/5/2015", True), ("25-5-2015", True), ("25/5-2015", False),
                       ("2015", False), ("25 مايو 2015", True), ("25 مايو", True)]:
        assert (lex.rules["#"].screen.match(text, 0) is not None) == some, text
        assert any(r.rx.match(text, 0) for r in lex.rules["#"]) == some, text


@FUZZ
@given(text=st.one_of(event_text(), newsy_text))
def test_screens_match_where_a_rule_does_on_fuzzed_text(text):
    _screen_agrees(text, "ar")
    _screen_agrees(text, "en")


@FUZZ
@given(text=event_text())
def test_dates_step_finds_what_every_rule_finds_on_fuzzed_text(text):
    _dates_both_ways(text, "ar")
    _dates_both_ways(text, "en")


def test_dates_step_on_sentences_of_our_own():
    from datetime import date

    for text, lang in [("قصفت الطائرات مواقع في 25 مايو 2015 قرب المدينة", "ar"),
                       ("وقعت الاشتباكات خلال الأسبوع الماضي في الريف", "ar"),
                       ("قتل ثلاثة أشخاص منذ 3 أيام في الهجوم", "ar"),
                       ("عاد الهدوء إلى البلدة يوم 12/4/2016", "ar"),
                       ("Fighting resumed on May 5, 2015 near the town", "en"),
                       ("The convoy was hit three days ago", "en")]:
        assert _dates_both_ways(text, lang, date(2016, 6, 1)), text


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_screens_and_dates_step_on_real_articles():
    matched = 0
    for _, text, published in _real_articles(120):
        if any(ch.isdigit() for ch in text):
            matched += _screen_agrees(text, "ar")
            _dates_both_ways(text, "ar", published)
            _placed_agrees(text, "ar")
    assert matched >= 100


# ---- first sights: `_compute` with the forms and tables handed in; `_stems`


def _first_sight_words() -> list[str]:
    return ["قصفت", "والطائرات", "وبالرقة", "للمدينة", "الاتفاق", "فلا", "3", "2015", "ما",
            "killed", "Killed", "ISIS", "troops", "وقال", "بالتحالف", "كالعادة", "ل", "وال"]


def test_compute_with_forms_and_tables_handed_in():
    for lang in ("ar", "en"):
        tables = pregate._form_tables(lang)
        for word in _first_sight_words():
            by_itself: dict = {}
            handed: dict = {}
            f = pregate._compute(word, lang, by_itself)
            g = pregate._compute(word, lang, handed, word_forms(word), tables)
            assert f == g and by_itself == handed, word


@FUZZ
@given(text=st.one_of(event_text(), newsy_text))
def test_first_sights_give_the_entries_the_words_had(text):
    """Each word's entry computed afresh (caches emptied) with the forms and tables handed in
    is what `_compute` gives asking for them itself."""
    for lang in ("ar", "en"):
        words = split_words(normalize(text).norm)[1::2]
        tables = pregate._form_tables(lang)
        for w in set(words):
            a: dict = {}
            b: dict = {}
            assert pregate._compute(w, lang, a) == pregate._compute(
                w, lang, b, word_forms(w), tables) and a == b, w


@FUZZ
@given(word=st.one_of(st.text(min_size=1, max_size=8),
                      st.text(alphabet="وفبلكالرقهيم", min_size=1, max_size=9)))
def test_stems_are_the_full_stripping_s(word):
    """Guard: passes on the base (the full stripping is the base's path)."""
    assert _stems(word) == _stems_in_full(word)


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_stems_of_real_words():
    """Guard: passes on the base."""
    seen = set()
    for _, text, _ in _real_articles(200):
        seen.update(split_words(normalize(text).norm)[1::2])
    assert len(seen) > 5000
    for w in seen:
        assert _stems(w) == _stems_in_full(w), w
        assert _stems(w.lower()) == _stems_in_full(w.lower()), w


# ---- the Doc from the pre-gate's entries


def _doc_both_ways(text: str, lang: str) -> None:
    nt = normalize(text)
    pieces = split_words(nt.norm)
    words = pieces[1::2]
    entries = pregate.word_entries(words, lang)
    flags = pregate.flags_of(entries, words, lang)
    version = pregate.flags_version(lang)
    old = Doc(text, language=lang, normalized=nt, pieces=pieces, flags=flags,
              forms=pregate.forms_of(entries), starts=pregate.starts_of(entries),
              heads_version=version)
    old_pool = phrases._pool(old.tokens)
    new = Doc(text, language=lang, normalized=nt, pieces=pieces, flags=flags, entries=entries,
              heads_version=version)
    new_pool = phrases._pool(new.tokens)
    assert new.tokens == old.tokens and new._word_bits == old._word_bits
    assert new_pool == old_pool
    plain = Doc(text, language=lang)  # no pre-gate at all: the pool from the tokens
    assert plain.tokens == new.tokens
    assert phrases._pool(plain.tokens) == new_pool


@FUZZ
@given(text=st.one_of(event_text(), newsy_text))
def test_doc_from_entries_on_fuzzed_text(text):
    _doc_both_ways(text, "ar")
    _doc_both_ways(text, "en")


def test_doc_from_entries_on_sentences_of_our_own():
    for text, lang in [("قصفت الطائرات الروسية مواقع للمعارضة في ريف حلب", "ar"),
                       ("وقال رئيس الوزراء إن الحكومة ستدرس الاتفاق", "ar"),
                       ("US and British special forces raided a compound in Idlib", "en")]:
        _doc_both_ways(text, lang)


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_doc_from_entries_on_real_articles():
    for _, text, _ in _real_articles(150):
        _doc_both_ways(text, language.detect(text))
