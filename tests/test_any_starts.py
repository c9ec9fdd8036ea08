"""Speed without changing what is found: the tokens some phrase of some matcher may start at
(`text.phrases._any_starts`, the pool every matcher's `starts` picks from) are read from the
pre-gate's `ANY_PHRASE` bit of each written word, which `Doc` hands to `seed_any_starts`,
instead of a probe of every matcher's heads per token. The probe walk is the specification;
a matcher made after the bits were computed must not be missed."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from events.extract import pregate
from events.extract.doc import Doc
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize
from text import phrases
from text.normalize import split_words
from text.phrases import PhraseMatcher

TEXTS = (
    "وشنت طائرات التحالف غارات على مواقع الحوثيين في صعدة، فيما قتل 12 مسلحا في اشتباكات "
    "قرب مدينة تعز أمس الخميس. وأطلقت القوات عملية \"درع الجزيرة\" في محافظة دياربكر.",
    "Russian warplanes struck Raqqa on Thursday, killing 30 fighters and two soldiers; the "
    "SDF launched an offensive in the town of Talbisseh on 5 May.",
)


def _walk(tokens) -> list[int]:
    """The specification: every token whose heads (or stems) hold some matcher's head."""
    return [i for i, tok in enumerate(tokens)
            if not phrases._ANY_HEADS.isdisjoint(tok.heads or tok.stems)]


def _gated_doc(text: str, language: str) -> Doc:
    """A `Doc` as `extract` makes it: with the pre-gate's flags and their head count."""
    nt = normalize(text)
    pieces = split_words(nt.norm)
    flags = pregate.word_flags(pieces[1::2], language)
    return Doc(text, language=language, normalized=nt, pieces=pieces, flags=flags,
               heads_version=pregate.flags_version(language))


def _check(text: str, language: str) -> None:
    doc = _gated_doc(text, language)
    assert phrases._LAST[0] is doc.tokens  # seeded by the Doc
    assert phrases._any_starts(doc.tokens) == _walk(doc.tokens)


@pytest.mark.parametrize("text", TEXTS)
def test_the_seeded_pool_is_the_walk(text):
    language = "en" if text[0].isascii() else "ar"
    _check(text, language)
    _check(text, language)  # every word from the cache now


@FUZZ
@given(text=event_text())
def test_the_seeded_pool_is_the_walk_on_fuzzed_news(text):
    _check(text, "ar")


@FUZZ
@given(text=newsy_text)
def test_the_seeded_pool_is_the_walk_on_fuzzed_words(text):
    _check(text, "ar")
    _check(text, "en")


def test_a_matcher_made_after_the_bits_is_not_missed(monkeypatch):
    """A matcher made (or grown) after a word's bits were computed adds heads: the seeded pool
    is not used for that article, and the next article's flags are computed again."""
    monkeypatch.setattr(phrases, "_ANY_HEADS", set(phrases._ANY_HEADS))
    text = "ذهب الرجل إلى السوق زرقطون واشترى خبزا"
    doc = _gated_doc(text, "ar")
    assert phrases._LAST[0] is doc.tokens
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add("زرقطون", True)  # a head no matcher had
    assert [t.key for t in doc.tokens if t.key == "زرقطون"]
    assert phrases._any_starts(doc.tokens) == _walk(doc.tokens)
    assert [i for i in m.starts(doc.tokens)] == [4]
    again = _gated_doc(text, "ar")  # the flags cache was emptied: the bit is there now
    assert pregate.ANY_PHRASE & pregate.word_flags(["زرقطون"], "ar")[0]
    assert phrases._any_starts(again.tokens) == _walk(again.tokens)


SNN = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "saudinewsnet"


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_on_real_articles():
    from events.extract.bench import corpus_articles

    for _, text, _ in corpus_articles(SNN, 200):
        _check(text, "ar")
