"""The extraction pipeline: article text in, events out, as a straight line of named steps.

``STEPS`` lists each step with the `Doc` fields it reads and writes (the spaCy component
idea); a test checks that every field a step reads was written before it. The line is:
sentences → actors → triggers → [gate] → places → actor_context → [gate] → dates → losses →
[gate] → accident_tolls → modalities → attributions → place_context → online_places →
clauses → candidates → roles → dating → claims → identity → events. Each step module calls
only modules below it; none calls back into a later step.

The gate ``no_event_words`` ends the run early when the article cannot hold an event (most news
cannot): places, dates and numbers are then never looked for; the gate ``no_side_to_anchor``
ends it once the sides are known, when no candidate could be anchored (`could_be_anchored`),
and ``no_side_nor_toll`` once the losses are (`could_be_anchored_alone`).
`annotate` runs every step without gates (for the reader and for debugging); `extract` runs
the gated line and raises `ExtractionError` on a bug, so that ingest counts a failed article
instead of storing nothing.
Every step reads ``doc.language`` (given, or detected from the text) and takes that
language's lexicons: one pipeline, language data per language.
"""
from __future__ import annotations

import gc
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from events.extract.accidents import suppress_retold_tolls
from events.extract.actor_context import resolve_contextual_actors
from events.extract.actor_registry import ARMED_TYPES
from events.extract.actors import find_actors
from events.extract.build import build_events
from events.extract.candidates import VIOLENT, build_candidates
from events.extract.claimants import find_attributions
from events.extract.claims import attach_losses
from events.extract.clauses import split_clauses
from events.extract.dates import find_dates
from events.extract.dating import date_candidates
from events.extract.doc import Doc, PlaceMention
from events.extract.identity import identify_events
from events.extract.numbers import is_count
from events.extract.place_context import resolve_places
from events.extract.place_online import find_online_places
from events.extract.places import find_places
from events.extract.pregate import (WEAK_REACH, figure_before, flags_pass, flags_version,
                                   gate_flags, word_entries)
from events.extract.quantities import find_losses
from events.extract.quantities_lexicon import load_lexicon
from events.extract.roles import assign_roles
from events.extract.sentences import split_sentences
from events.extract.trigger_words import trigger_lexicon
from events.extract.triggers import find_modalities, find_triggers
from events.language import detect
from events.model import Event, assign_ids
from geo.compiled import no_gc
from text import normalize
from text.normalize import split_words
from text.phrases import forget_pool


class ExtractionError(Exception):
    """A bug met while reading one article (the cause is chained)."""


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Doc], None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]


@dataclass(frozen=True)
class Gate:
    """A named early exit: the run stops here unless ``passes(doc)``."""
    name: str
    passes: Callable[[Doc], bool]
    reads: tuple[str, ...]


NEAR = 8  # tokens: how close an actor must stand to a trigger to anchor it


def could_hold_events(doc: Doc) -> bool:
    """Can any event be anchored at all (most news cannot)? Some trigger must be: a strike,
    clash or attack word that names the event; a result word ("قتل") with a figure right
    after it (in English also before it: "Three people were killed"), an ambiguous one
    ("الهجوم") with a figure within `NEAR` words; or any event word with an armed actor — or,
    for agreements and statements, any named party — within `NEAR` words; or a deployment
    that names a force sent within `NEAR` words after it ("Turkey sent reinforcements", "has
    rushed commandos": the state that sent them is read from the places, after this gate).
    Everyday words ("تقدم", "نشر", "الاتفاق") far from any armed actor stop the article here."""
    armed = [a.first for a in doc.actors if a.actor_type in ARMED_TYPES]
    named = [a.first for a in doc.actors]
    for t in doc.triggers:
        if t.event_type in VIOLENT and t.strength >= 1.0:
            return True
        if t.event_type == "deployment" and _force_sent(doc, t.first):
            return True
        parties = named if t.event_type in ("agreement", "statement") else armed
        if any(abs(k - t.first) <= NEAR for k in parties):
            return True
        reach = WEAK_REACH if t.strength <= 0.5 else NEAR  # "الهجوم الذي أودى بحياة 500 شخص"
        if t.strength < 1.0 and (_figure_in(doc, t.last, t.last + reach) or _figure_in(
                doc, t.first - figure_before(doc.language), t.first)):  # "Three people were killed"
            return True
    return False


def _force_sent(doc: Doc, first: int) -> bool:
    """A word of a force that can be sent (triggers.yaml ``dispatches.forces``: "troops",
    "reinforcements", "tanks") among the `NEAR` words from token ``first`` on."""
    dispatches = trigger_lexicon(doc.language).dispatches
    return dispatches is not None and any(
        tok.key in dispatches.weapons for tok in doc.tokens[first:first + NEAR + 1])


def _figure_in(doc: Doc, lo: int, hi: int) -> bool:
    """A number among tokens ``[lo, hi)`` ("قتل 5", "مقتل أكثر من 80", "3 people were killed"),
    or one or two of the armed or the dead named by a singular or a dual ("قتل جندي", "مقتل
    شرطيين": quantities.yaml ``gate_singulars``), whom the claim step counts one and two."""
    lex = load_lexicon(doc.language)
    return any(is_count(tok.key, doc.language) or tok.key in lex.figure_singulars
               or not lex.figure_duals.isdisjoint(tok.stems) for tok in doc.tokens[max(0, lo):hi])


# Kinds a candidate may stand as without any side named (`standing.is_anchored`): violence by
# its place or its toll ("غارات جوية استهدفت مدينة سراقب"), a detention always.
ACTORLESS = VIOLENT | {"detention"}
TOLLS = ("killed", "injured")  # the losses that anchor violence with no side named


def could_be_anchored(doc: Doc) -> bool:
    """Can any candidate be anchored (`standing.is_anchored`), as every event kept must be? A
    violent or detention word may stand alone (`ACTORLESS`); a candidate of any other kind —
    movement, agreement, statement, deployment — needs a side in its ``actors`` (or
    ``close_armed``, which only a side near it or a subject carried from before sets), and the
    roles step takes those only from ``doc.actors`` named before the end of the candidate's
    sentence: in it, or an earlier clause's or sentence's subject, or a relative's antecedent.
    So an article whose event words are all of other kinds and whose first side comes after
    the sentence of its last event word — or that names none ("الدولار يتراجع إلى 124 ينا",
    the gate ``no_event_words`` having passed it on a figure) — keeps no event: the run stops
    here, before dates, losses, clauses and roles are looked for."""
    return any(t.event_type in ACTORLESS for t in doc.triggers) or _side_in_time(doc)


def could_be_anchored_alone(doc: Doc) -> bool:
    """`could_be_anchored` once the losses are known: violence with no side anchors by a strong
    word (strength 1) with its place, by an aircraft for the subject of a strike verb (only a
    ``bombardment`` candidate reads one), or by dead or wounded among its losses (``TOLLS``,
    taken from ``doc.losses``); a detention always. Violence told only by ambiguous or result
    words ("المعارك", "قتل"), with no side in time and no dead or wounded counted ("قتل
    الوقت"), keeps no event: the run stops before clauses, candidates and roles."""
    return any(t.event_type == "detention" or t.event_type == "bombardment"
               or t.event_type in VIOLENT and t.strength >= 1.0 for t in doc.triggers) or any(
        x.category in TOLLS for x in doc.losses) or _side_in_time(doc)


def _side_in_time(doc: Doc) -> bool:
    """Some side of ``doc.actors`` starts before the end of the sentence a candidate of the
    last event word falls in: the first sentence ending after the word (clauses cover every
    sentence in order, and the candidates step takes the first clause ending after it)."""
    first = min((m.first for m in doc.actors), default=None)
    ends = [s.tokens[1] for s in doc.sentences]
    if first is None or not doc.triggers or not ends:
        return False
    last = max(t.first for t in doc.triggers)
    return first < ends[min(bisect_right(ends, last), len(ends) - 1)]


STEPS: list[Step | Gate] = [
    Step("sentences", split_sentences, ("tokens",), ("sentences", "suppressed", "headings")),
    Step("actors", find_actors, ("tokens", "sentences"), ("actors", "actor_tokens")),
    Step("triggers", find_triggers, ("tokens", "sentences", "actor_tokens"),
         ("triggers", "suppressed", "accidents")),
    Gate("no_event_words", could_hold_events, ("triggers", "actors")),
    Step("places", find_places, ("tokens", "sentences", "actor_tokens"), ("places",)),
    Step("actor_context", resolve_contextual_actors, ("actors", "places", "triggers"),
         ("actors", "actor_tokens", "places")),
    Gate("no_side_to_anchor", could_be_anchored, ("triggers", "actors", "sentences")),
    Step("dates", find_dates, ("tokens", "sentences", "published"), ("dates",)),
    Step("losses", find_losses, ("tokens", "sentences", "dates", "actors", "actor_tokens"),
         ("losses",)),
    Gate("no_side_nor_toll", could_be_anchored_alone, ("triggers", "actors", "sentences",
                                                       "losses")),
    Step("accident_tolls", suppress_retold_tolls, ("triggers", "losses", "accidents"),
         ("suppressed",)),
    Step("modalities", find_modalities, ("tokens", "sentences", "triggers", "actor_tokens"),
         ("modalities",)),
    Step("attributions", find_attributions, ("tokens", "sentences", "actors", "triggers", "losses"),
         ("attributions", "speakers")),
    Step("place_context", resolve_places, ("tokens", "sentences", "places", "triggers",
                                           "attributions", "actor_tokens"), ("places", "place_focus")),
    Step("online_places", find_online_places, ("tokens", "sentences", "places", "actor_tokens",
                                               "place_focus"), ("places",)),
    Step("clauses", split_clauses, ("tokens", "sentences", "actors", "actor_tokens", "places",
                                    "triggers", "dates", "attributions"), ("clauses",)),
    Step("candidates", build_candidates, ("triggers", "modalities", "clauses", "suppressed", "places",
                                          "dates", "speakers", "attributions"), ("candidates",)),
    Step("roles", assign_roles, ("candidates", "actors", "places", "attributions", "clauses"),
         ("candidates",)),
    Step("dating", date_candidates, ("candidates", "dates", "attributions", "clauses", "published",
                                     "headings"),
         ("candidates",)),
    Step("claims", attach_losses, ("candidates", "losses", "clauses", "suppressed"),
         ("candidates",)),
    Step("identity", identify_events, ("candidates",), ("drafts",)),
    Step("events", build_events, ("drafts", "attributions", "speakers", "published"), ("events",)),
]

# Texts longer than this are cut (at a line break when possible): a 1 MB "article" is a dump,
# and extraction time must stay bounded.
MAX_CHARS = 200_000


def _clip(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind("\n", 0, MAX_CHARS)
    return text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]


# Lexicons, the gazetteer and their indexes are built on first use and live as long as the
# process: containers that every full collection of the cyclic GC walks again (0.17 s each, one
# every few hundred articles: about a tenth of extraction time). Once a language's first article
# has run every step they are built, and `gc.freeze` puts them out of the collector's reach
# (objects made afterwards are collected as before; frozen ones are never freed — they would
# not be anyway). And while one article is read the collector is paused (`extract`): its
# steps make millions of small objects (tokens, mentions, tuples) and not one cycle of garbage
# (0 objects in 5,039 collections over SaudiNewsNet, thirty-third session), yet every 700 new
# objects started a collection that walked the young ones — 2.4% of the instructions of an
# article; the collector is back on (when it was) as `extract` returns or raises.
_SETTLED: set[str] = set()


def _settle(doc: Doc) -> None:
    if doc.stopped_at is None and doc.language not in _SETTLED:
        _SETTLED.add(doc.language)
        gc.freeze()


def run(doc: Doc, steps: list[Step | Gate], *, gates: bool = True) -> Doc:
    """Run ``steps`` over ``doc`` in order; a failing gate records its name and stops."""
    for step in steps:
        if isinstance(step, Gate):
            if gates and not step.passes(doc):
                doc.stopped_at = step.name
                break
            continue
        step.run(doc)
    return doc


def annotate(text: str, *, published: date | None = None, language: str | None = None,
             article_id: str = "", upto: str | None = None) -> Doc:
    """Every step (no gates) over ``text``, or the steps up to and including ``upto``."""
    steps = STEPS
    if upto is not None:
        names = [s.name for s in STEPS]
        steps = STEPS[: names.index(upto) + 1]
    doc = Doc(_clip(text or ""), published=published, language=language or "",
              article_id=article_id)
    return run(doc, steps, gates=False)


def extract(text: str, *, published: date | None = None, language: str | None = None,
            article_id: str = "") -> list[Event]:
    """The events of one article, with ids, evidence and claims in original offsets.

    Raises `ExtractionError` (with the cause chained) when a step fails: one article's bug
    must be counted and reported by the caller, never turned into an empty result."""
    if not isinstance(text, str) or not text.strip():
        return []
    if isinstance(published, datetime):
        published = published.date()
    with no_gc():  # (see `_settle`: nothing an article makes is garbage in a cycle)
        try:
            return _extract(text, published, language, article_id)
        finally:  # its tokens die with it, not at the next article: the collector never meets them
            forget_pool()


def _extract(text: str, published: date | None, language: str | None,
             article_id: str) -> list[Event]:
    try:
        text = _clip(text)
        language = language or detect(text)
        nt = normalize(text)
        pieces = split_words(nt.norm)
        words = pieces[1::2]
        entries = word_entries(words, language)
        flags, flagged = gate_flags(entries, words, language)
        if not flags_pass(flags, words, language, flagged):
            return []  # the gate no_event_words would stop it: no token need be made
        doc = run(Doc(text, published=published, language=language, article_id=article_id,
                      normalized=nt, pieces=pieces, flags=flags, entries=entries,
                      heads_version=flags_version(language)), STEPS)
        _settle(doc)
        assign_ids(doc.events)
        return doc.events
    except Exception as exc:
        raise ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}") from exc


def find_place_mentions(text: str) -> list[PlaceMention]:
    """Place mentions only (steps up to ``places``): the place-recognition benchmark."""
    if not isinstance(text, str) or not text.strip():
        return []
    return annotate(text, upto="places").places
