"""The gates ``no_side_to_anchor`` (`events.extract.pipeline.could_be_anchored`, once the sides
are known) and ``no_side_nor_toll`` (`could_be_anchored_alone`, once the losses are) stop only
articles the full pipeline keeps no event of: every event kept holds an anchored candidate
(`standing.is_anchored`); a candidate of a kind outside `ACTORLESS` is anchored only with a side
in its ``actors`` (or ``close_armed``), a violent one without them only by a strong word, an
aircraft subject (read for ``bombardment`` candidates alone) or dead and wounded among its
losses (taken from ``doc.losses``); and the roles step takes sides only from ``doc.actors``
named before the end of the candidate's sentence. Written as that specification — each link
checked on the code path it mirrors, so that a change to anchoring or to where roles look for
sides fails here — then the gates against the pipeline without them, on fuzzed text, sentences
of our own and (when ../shared is present) real articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from events.extract import pipeline
from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import ActorMention, Candidate, Doc, LossMention, PlaceMention, Trigger
from events.extract.pipeline import (ACTORLESS, STEPS, TOLLS, annotate, could_be_anchored,
                                     could_be_anchored_alone, extract)
from events.extract.standing import is_anchored
from tests.fuzz_strategies import FUZZ, event_text, newsy_text

GATE, LATER = "no_side_to_anchor", "no_side_nor_toll"
KINDS = ("airstrike", "shelling", "clash", "attack", "violence", "bombardment", "detention",
         "movement", "territory_change", "agreement", "statement", "operation_launch",
         "deployment", "other")


def _ungated(text: str, **kw) -> list[dict]:
    """`extract` with these gates taken out of the line (the first gate, and the pre-gate that
    mirrors it, kept)."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(pipeline, "STEPS", [s for s in STEPS if s.name not in (GATE, LATER)])
        return [e.to_dict() for e in extract(text, **kw)]


def _same_as_without_the_gate(text: str) -> None:
    assert [e.to_dict() for e in extract(text)] == _ungated(text), text


def _sides_come_from_before_the_sentence_end(text: str) -> None:
    """On the full path (no gates): a candidate outside `ACTORLESS` that is anchored has a
    side, or ``close_armed``, and some side of ``doc.actors`` starts before its sentence ends;
    every side a candidate holds is one of ``doc.actors`` named before that end."""
    doc = annotate(text)
    ids, losses = {id(m) for m in doc.actors}, {id(x) for x in doc.losses}
    for c in doc.candidates:
        end = doc.sentences[c.sentence].tokens[1]
        assert all(id(m) in ids and m.first < end for m, _ in c.actors), text
        if c.close_armed:
            assert any(m.first < end for m in doc.actors), text
        assert all(id(x) in losses for x in c.losses), text
        if c.air_subject:
            assert any(t.event_type == "bombardment" for t in c.triggers), text
        if is_anchored(c) and not (c.actors or c.close_armed):
            assert c.event_type == "detention" or c.event_type in pipeline.VIOLENT and (
                any(t.strength >= 1.0 and t.event_type in pipeline.VIOLENT for t in c.triggers)
                or c.air_subject or any(x.category in TOLLS for x in c.losses)), text
    if not could_be_anchored(doc) or not could_be_anchored_alone(doc):
        assert not doc.events, text


def test_the_gates_stand_after_the_sides_and_after_the_losses_are_known():
    names = [s.name for s in STEPS]
    assert names.index("actor_context") < names.index(GATE) < names.index("dates")
    assert names.index("losses") < names.index(LATER) < names.index("clauses")
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


@pytest.mark.parametrize("kind", sorted(pipeline.VIOLENT))
def test_violence_without_a_side_is_anchored_only_by_a_strong_word_an_aircraft_or_a_toll(kind):
    """Told by ambiguous or result words, with its place and route, and with losses that are
    neither dead nor wounded, violence with no side named does not stand alone."""
    place = _mention(PlaceMention, 5)
    for strength in (0.5, 0.8):
        for weak in (False, True):
            c = Candidate(kind, 0, 0, [_mention(Trigger, 2, event_type=kind, strength=strength,
                                                verb=True)],
                          location=place, destination=place, origin=place, route=True,
                          at_border=True, weak=weak,
                          losses=[_mention(LossMention, 3, category=x, low=5, best=5)
                                  for x in ("captured", "other", "vehicles_destroyed")])
            assert not is_anchored(c), (kind, strength, weak)
            c.losses.append(_mention(LossMention, 4, category=TOLLS[weak], low=2, best=2))
            # (a toll anchors it — but an execution, strength 0.5 and not a result, only with a
            # side: the test bites)
            assert is_anchored(c) == (strength >= 0.8 or weak)


@pytest.mark.parametrize("text", [
    # violence told only by an ambiguous or a result word, with a figure near it (the gate
    # no_event_words passes it), no side named and no dead or wounded counted
    "خاض الفريق معركة حامية انتهت بفوزه 3 مقابل 1 على ملعبه.",
    "وشهدت الجلسة هجوما حادا من النواب على الوزير بعد 4 ساعات من النقاش.",
    "وتدمير 20 شجرة في الحديقة العامة أثار غضب السكان.",
    "The team won the battle for third place, beating its rivals 3-1 on Sunday.",
])
def test_violence_with_no_side_nor_toll_stops_at_the_later_gate_and_yields_the_same(text):
    doc = pipeline.run(Doc(text), STEPS)
    assert doc.stopped_at == LATER
    assert not doc.clauses and not doc.candidates  # never looked for
    assert extract(text) == [] and _ungated(text) == []


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
    "قتل 5 أشخاص في انفجار بمدينة حلب.",  # dead counted, no side
    "سقطت قذائف على الحي وأصيب 3 مدنيين.",  # wounded counted, no side
    "قصفت الطائرات قرية في ريف إدلب.",  # a strike verb, its aircraft for subject
])
def test_an_article_with_a_side_a_word_or_a_toll_that_needs_none_goes_on(text):
    doc = annotate(text, upto="losses")
    assert could_be_anchored(doc) and could_be_anchored_alone(doc)
    assert pipeline.run(Doc(text), STEPS).stopped_at is None
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
        if doc.stopped_at in (GATE, LATER):
            stopped += 1
            assert _ungated(text, published=day, article_id=aid) == [], aid
    assert stopped >= 40  # 49 of these 400 (31 and 18): a regression of the gates shows here
