"""The extraction pipeline: article text in, events out.

``STEPS`` is an ordered list of small named steps, each ``def step(doc: Doc) -> None`` (the
spaCy component idea): sentences, actors (first: their names contain place names), places,
dates, losses, triggers, modality cues, attributions. `assemble` then turns the annotated
`Doc` into events. `extract` never raises on any input: a bug in one article must not stop a
corpus ingest, so it logs and returns [] instead.
"""
from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Callable

from events.extract.actors import ARMED_TYPES, find_actors
from events.extract.assemble import assemble
from events.extract.claimants import find_attributions
from events.extract.doc import Doc, PlaceMention
from events.extract.frames import VIOLENT
from events.extract.places import find_places
from events.extract.sentences import split_sentences
from events.extract.triggers import find_modalities, find_triggers
from events.model import Event

log = logging.getLogger(__name__)

Step = Callable[[Doc], None]


def _optional(module: str, name: str) -> Step:
    """A step owned by another module, tolerated missing (the pipeline still runs without it)."""
    try:
        mod = __import__(module, fromlist=[name])
        return getattr(mod, name)
    except Exception:  # pragma: no cover - only while a sibling module is being written
        log.warning("extraction step %s.%s unavailable", module, name, exc_info=True)

        def missing(doc: Doc) -> None:
            return None
        missing.__name__ = name
        return missing


find_dates = _optional("events.extract.dates", "find_dates")
find_losses = _optional("events.extract.quantities", "find_losses")

STEPS: list[Step] = [split_sentences, find_actors, find_places, find_dates, find_losses,
                     find_triggers, find_modalities, find_attributions]

# Texts longer than this are cut (at a line break when possible): a 1 MB "article" is a dump,
# and extraction time must stay bounded.
MAX_CHARS = 200_000


def _clip(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind("\n", 0, MAX_CHARS)
    return text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]


def annotate(text: str, *, published: date | None = None, language: str = "ar",
             article_id: str = "", steps: list[Step] | None = None) -> Doc:
    """Run the steps over ``text``; the annotated `Doc` (useful for debugging and the UI)."""
    doc = Doc(_clip(text or ""), published=published, language=language, article_id=article_id)
    for step in STEPS if steps is None else steps:
        step(doc)
    return doc


def could_hold_events(doc: Doc) -> bool:
    """Cheap test after actors and triggers: can any event be anchored at all? An event needs
    a trigger and either an armed actor, a violent trigger (casualties may anchor it), or a
    named speaker/party for statements and agreements. Most news fails it, and then places,
    dates and numbers need not be looked for."""
    if not doc.triggers:
        return False
    if any(a.actor_type in ARMED_TYPES for a in doc.actors):
        return True
    types = {t.event_type for t in doc.triggers}
    if types & VIOLENT:
        return True
    return bool(doc.actors) and bool(types & {"statement", "agreement"})


def extract(text: str, *, published: date | None = None, language: str = "ar",
            article_id: str = "") -> list[Event]:
    """The events of one article, with ids, evidence and claims in original offsets.

    Runs the same steps as `STEPS`, but finds triggers right after actors so that an
    article that cannot hold an event (`could_hold_events`) stops there; the results are
    the same as running `STEPS` in order, since triggers read only sentences and actors."""
    try:
        if not isinstance(text, str) or not text.strip():
            return []
        if isinstance(published, datetime):
            published = published.date()
        doc = Doc(_clip(text), published=published, language=language, article_id=article_id)
        for step in (split_sentences, find_actors, find_triggers):
            step(doc)
        if not could_hold_events(doc):
            return []
        for step in STEPS:
            if step not in (split_sentences, find_actors, find_triggers):
                step(doc)
        events = assemble(doc)
        for e in events:
            e.assign_id()
        return events
    except Exception:
        log.exception("extraction failed for article %r", article_id)
        return []


def find_place_mentions(text: str) -> list[PlaceMention]:
    """Place mentions only (steps up to `find_places`): the place-recognition benchmark."""
    try:
        if not isinstance(text, str) or not text.strip():
            return []
        upto = STEPS[: STEPS.index(find_places) + 1]
        return annotate(text, steps=upto).places
    except Exception:
        log.exception("place recognition failed")
        return []
