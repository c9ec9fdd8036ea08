"""The gate ``no_side_to_anchor`` (`events.extract.pipeline.could_be_anchored`) stops, once the
sides are known, only articles the full pipeline keeps no event of: every event kept holds an
anchored candidate (`standing.is_anchored`), a candidate of a kind outside `ACTORLESS` is
anchored only with a side in its ``actors`` (or ``close_armed``), and the roles step takes sides
only from ``doc.actors`` named before the end of the candidate's sentence. Written as that
specification — each link checked on the code path it mirrors, so that a change to anchoring
or to where roles look for sides fails here — then the gate against the pipeline without it,
on fuzzed text, sentences of our own and (when ../shared is present) real articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from events.extract import pipeline
from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import ActorMention, Candidate, Doc, LossMention, PlaceMention, Trigger
from events.extract.pipeline import ACTORLESS, STEPS, annotate, could_be_anchored, extract
from events.extract.standing import is_anchored
from tests.fuzz_strategies import FUZZ, event_text, newsy_text

GATE = "no_side_to_anchor"
KINDS = ("airstrike", "shelling", "clash", "attack", "violence", "bombardment", "detention",
         "movement", "territory_change", "agreement", "statement", "operation_launch",
         "deployment", "other")


def _ungated(text: str, **kw) -> list[dict]:
    """`extract` with this gate taken out of the line (every other gate kept)."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(pipeline, "STEPS", [s for s in STEPS if s.name != GATE])
        return [e.to_dict() for e in extract(text, **kw)]


def _same_as_without_the_gate(text: str) -> None:
    assert [e.to_dict() for e in extract(text)] == _ungated(text), text


def _sides_come_from_before_the_sentence_end(text: str) -> None:
    """On the full path (no gates): a candidate outside `ACTORLESS` that is anchored has a
    side, or ``close_armed``, and some side of ``doc.actors`` starts before its sentence ends;
    every side a candidate holds is one of ``doc.actors`` named before that end."""
    doc = annotate(text)
    ids = {id(m) for m in doc.actors}
    for c in doc.candidates:
        end = doc.sentences[c.sentence].tokens[1]
        assert all(id(m) in ids and m.first < end for m, _ in c.actors), text
        if c.close_armed:
            assert any(m.first < end for m in doc.actors), text
        if c.event_type not in ACTORLESS and is_anchored(c):
            assert c.actors or c.close_armed, text
    if not could_be_anchored(doc):
        assert not doc.events, text


def test_the_gate_stands_after_the_sides_are_known_and_before_dates():
    names = [s.name for s in STEPS]
    assert names.index("actor_context") < names.index(GATE) < names.index("dates")
    assert ACTORLESS == pipeline.VIOLENT | {"detention"}


def _mention(cls, first: int, **kw):
    return cls(first * 6, first * 6 + 5, "x", 0, first, first + 1, **kw)


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in ACTORLESS])
def test_a_kind_outside_actorless_is_never_anchored_without_a_side(kind):
    """Everything else a candidate can carry — a strong word, a place, a route, a destination,
    a toll of dead, an aircraft for subject — does not anchor it without a side."""
    place = _mention(PlaceMention, 5)
    for strength in (0.5, 0.8, 1.0):
        for weak in (False, True):
            c = Candidate(kind, 0, 0, [_mention(Trigger, 2, event_type=kind, strength=strength,
                                                verb=True)],
                          location=place, destination=place, origin=place, route=True,
                          at_border=True, air_subject=True, weak=weak,
                          losses=[_mention(LossMention, 3, category="killed", low=5, best=5)])
            assert not is_anchored(c), (kind, strength, weak)
            side = _mention(ActorMention, 0, actor_type=ARMED_TYPES[0], name="a")
            other = _mention(ActorMention, 4, actor_type=ARMED_TYPES[1], name="b")
            c.actors, c.close_armed = [(side, "actor1"), (other, "actor2")], True
            assert is_anchored(c)  # (the same candidate with sides stands: the test bites)


@pytest.mark.parametrize("text", [
    # an everyday movement word with a figure after it (the gate no_event_words passes it),
    # no side named anywhere
    "وسجل اليورو أعلى مستوى له قبل أن يتراجع إلى 1.0870 دولار في نهاية التعاملات.",
    "تقدم الفريق إلى المركز 3 في الدوري بعد فوزه أمس.",
    "وصلت الطائرة إلى المطار وعلى متنها 150 حاجا.",
    # a side named only after the sentence of the last event word
    "ارتفع المؤشر قبل أن يتراجع إلى 7120 نقطة. وقال المتحدث باسم الجيش إن الوضع هادئ.",
])
def test_an_article_with_no_side_to_anchor_stops_at_the_gate_and_yields_the_same(text):
    doc = pipeline.run(Doc(text), STEPS)
    assert doc.stopped_at == GATE
    assert not doc.dates and not doc.candidates  # never looked for
    assert extract(text) == [] and _ungated(text) == []


@pytest.mark.parametrize("text", [
    "شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة.",  # a violent word
    "اعتقلت قوات الأمن خمسة من عناصر تنظيم داعش في الموصل.",  # a detention
    "تقدمت قوات الجيش نحو مدينة الرمادي وسيطرت على 3 أحياء.",  # a side before the words
    "وقال الجيش إن القوات وصلت. وتقدمت إلى 20 كيلومترا من المدينة.",  # a side a sentence before
    "Turkish troops advanced 12 kilometres towards the town on Monday.",
])
def test_an_article_with_a_side_or_a_word_that_needs_none_goes_on(text):
    doc = annotate(text, upto="actor_context")
    assert could_be_anchored(doc)
    _same_as_without_the_gate(text)


@FUZZ
@given(text=newsy_text)
def test_the_gate_keeps_what_the_pipeline_without_it_keeps(text):
    _same_as_without_the_gate(text)


@FUZZ
@given(text=event_text())
def test_the_gate_keeps_what_the_pipeline_without_it_keeps_on_event_text(text):
    _same_as_without_the_gate(text)


@FUZZ
@given(text=event_text())
def test_sides_come_from_before_the_end_of_the_candidates_sentence(text):
    _sides_come_from_before_the_sentence_end(text)


SNN = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "saudinewsnet"


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpus/saudinewsnet is absent")
def test_on_real_articles_the_gate_stops_only_articles_with_no_event():
    from events.extract.bench import corpus_articles

    stopped = 0
    for aid, text, day in corpus_articles(SNN, 400):
        doc = pipeline.run(Doc(text, published=day, article_id=aid), STEPS)
        _sides_come_from_before_the_sentence_end(text)
        if doc.stopped_at == GATE:
            stopped += 1
            assert _ungated(text, published=day, article_id=aid) == [], aid
    assert stopped >= 15  # a regression of the gate (or of the pre-gate before it) shows here
