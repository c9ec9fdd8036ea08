"""The pre-gate (`events.extract.pregate.may_pass`) skips tokenising only articles the gate
``no_event_words`` would stop anyway: whenever it says no, the full pipeline finds no event and
its gate fails. Written as that specification, checked on fuzzed text, hand-picked cases and
(when ../shared is present) real SaudiNewsNet articles."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import given

from events.extract import pipeline
from events.extract.pipeline import STEPS, annotate, could_hold_events, extract
from events.extract.pregate import NEAR, may_pass, word_flags
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize
from text.normalize import words_of

pregate = importlib.import_module("events.extract.pregate")
GATED = [s.name for s in STEPS].index("no_event_words")


def _gate_passes(text: str) -> bool:
    """The gate as the pipeline runs it: sentences, actors, triggers, then the test."""
    doc = annotate(text, upto=STEPS[GATED - 1].name)
    return could_hold_events(doc)


def _full(text: str) -> list[dict]:
    """`extract` with the pre-gate switched off: every article tokenised."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(pipeline, "flags_pass", lambda flags, words, language, flagged=None: True)
        return [e.to_dict() for e in extract(text)]


def _says_no_only_when_the_gate_does(text: str) -> None:
    doc = annotate(text, upto="sentences")
    if not may_pass(words_of(doc.norm), doc.language):
        assert not _gate_passes(text), text


def test_near_is_the_gates_distance():
    assert NEAR == pipeline.NEAR


@FUZZ
@given(text=newsy_text)
def test_no_from_the_pregate_means_no_from_the_gate(text):
    _says_no_only_when_the_gate_does(text)


@FUZZ
@given(text=event_text())
def test_no_from_the_pregate_means_no_from_the_gate_on_event_text(text):
    _says_no_only_when_the_gate_does(text)


@FUZZ
@given(text=newsy_text)
def test_extract_gives_what_the_full_pipeline_gives(text):
    assert [e.to_dict() for e in extract(text)] == _full(text)


@pytest.mark.parametrize("text", [
    "افتتح الأمير المعرض الدولي للكتاب في الرياض بحضور عدد من المسؤولين.",  # no trigger word
    "عمل خيري في المدينة",  # a phrase's first word ("عمل إرهابي") without its second
    "قتل الرجل زوجته في منزله",  # a result word with no figure and no armed actor near it
    "اتفاق بين الطرفين على تقاسم الأرباح",  # an agreement with no party named
    "استعادت الشركة الأمريكية حصتها في السوق",  # a nationality with no force noun before it
    "The car was parked outside the museum on Monday.",
])
def test_an_article_the_gate_stops_is_not_tokenised_and_yields_the_same(text):
    assert not may_pass(words_of(normalize(text).norm), "en" if text.isascii() else "ar")
    assert not _gate_passes(text)
    assert extract(text) == [] == _full(text)


@pytest.mark.parametrize("text", [
    "شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة.",  # a strong violent trigger
    "وقع عمل إرهابي في المدينة",  # the phrase with its second word
    "قتل 5 أشخاص في المدينة",  # a result word and a figure after it
    "وصلت سفينة أمريكية إلى الميناء",  # a force noun and its nationality near a movement
    "Russian warplanes struck Raqqa on Thursday, killing 30 fighters.",
])
def test_an_article_with_a_trigger_the_gate_may_pass_goes_on(text):
    assert may_pass(words_of(normalize(text).norm), "en" if text.isascii() else "ar")


def test_weak_reach_is_the_gates():
    """A weak trigger's figure is looked for as far as the gate looks: WEAK_REACH (or NEAR)
    words after the phrase, not the longest phrase of all plus NEAR."""
    assert pregate.WEAK_REACH == 3 and pipeline.WEAK_REACH is pregate.WEAK_REACH
    reaches = pregate._weak_reaches("ar")
    assert reaches and all(0 < r <= NEAR + 6 for r in reaches.values())


def test_a_full_cache_keeps_the_words_it_already_had(monkeypatch):
    """When the cache overflows on an article some of whose words it held, those are computed
    again (reading them back after emptying it would fail)."""
    monkeypatch.setattr(pregate, "_FLAGS", {})
    monkeypatch.setattr(pregate, "_NEXT", {})
    first = words_of(normalize("شنت طائرات التحالف غارات").norm)
    both = words_of(normalize("شنت طائرات التحالف غارات وقتل 12 مسلحا في اشتباكات").norm)
    word_flags(first, "ar")
    monkeypatch.setattr(pregate, "FLAGS_MAX", len(set(both)) - 1)
    flags = word_flags(both, "ar")
    monkeypatch.setattr(pregate, "_FLAGS", {})
    monkeypatch.setattr(pregate, "_NEXT", {})
    monkeypatch.setattr(pregate, "FLAGS_MAX", 400_000)
    assert flags == word_flags(both, "ar")


def test_flags_are_the_same_when_the_cache_is_emptied(monkeypatch):
    text = normalize("شنت طائرات التحالف غارات، وقتل 12 مسلحا في اشتباكات مع عمل إرهابي").norm
    words = words_of(text)
    before = word_flags(words, "ar")
    monkeypatch.setattr(pregate, "_FLAGS", {})
    monkeypatch.setattr(pregate, "_NEXT", {})
    monkeypatch.setattr(pregate, "FLAGS_MAX", 3)
    assert word_flags(words, "ar") == before
    assert len(pregate._FLAGS["ar"]) <= len(set(words))


SNN = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "saudinewsnet"


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_on_real_articles_no_means_the_gate_stops_them():
    from events.extract.bench import corpus_articles

    said_no = 0
    for _, text, _ in corpus_articles(SNN, 300):
        doc = annotate(text, upto="sentences")
        if not may_pass(words_of(doc.norm), doc.language):
            said_no += 1
            assert not _gate_passes(text)
    assert said_no > 80  # 95 of these 300, 81 before weak reaches (a regression shows here)
