"""Synthetic archives for benchmarks: ``python -m events synth --events N --db URL [--seed S]``.

A store the size of ACLED's cannot be ingested for every benchmark run, so this builds one
through the store's own API (the same rows, columns, report groups and JSON as an ingest), with
a realistic spread: ten years, Syrian, Iraqi and Yemeni towns from the gazetteer, twenty actors
from the lexicon, claims on about 45% of events, a few undated events and some history
mentioned in passing, and about one article in ten re-reporting an event another article
already reported (with its own figure: a report group). The same seed gives the same store.

Each article's text holds one sentence per event (Arabic or English, the event's evidence), so
the reader and the timeline's evidence column work on it as on real articles.

Synth knows which of its events report one incident (it plants the re-reports), so it stores
them with `Store.load_linked` (bulk inserts, no linker: ~20x faster, what makes a 1M-event store
buildable); ``linked=False`` stores them with `Store.save_many` as an ingest does, which gives
the same store (a test) at sizes where no two independent synthetic events happen to meet the
linking rules by chance.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Iterator

from events.extract.actor_registry import ARMED_TYPES
from events.incidents import linkable, report_of
from events.lexicon import DATA_DIR, load
from events.linking import incident_key
from events.model import Actor, Article, Claim, Event, Evidence, Place, assign_ids
from events.store import Store

FIRST_DAY, DAYS = date(2016, 1, 1), 3653  # 2016-2025
TYPES = {"airstrike": 25, "shelling": 20, "clash": 20, "attack": 10, "movement": 8,
         "territory_change": 5, "statement": 5, "agreement": 2, "operation_launch": 2,
         "deployment": 2, "other": 1}
CLAIMANTS = ["Syrian Observatory for Human Rights", "Russian Ministry of Defence",
             "US-led coalition", "Syrian Arab News Agency", "Amaq", "Saudi-led coalition",
             "Houthi media", "Iraqi Joint Operations Command"]
QUALIFIERS = {"exact": 60, "more_than": 20, "about": 10, "at_least": 5, "up_to": 5}
VERB_AR = {"airstrike": "شنت طائرات {a} غارات على {p}", "shelling": "قصفت {a} بالمدفعية {p}",
           "clash": "اندلعت اشتباكات بين {a} و{b} في {p}", "attack": "هاجم {a} {p}",
           "movement": "تحرك رتل تابع لـ{a} من {o} نحو {p}"}
VERB_EN = {"airstrike": "{a} carried out airstrikes on {p}", "shelling": "{a} shelled {p}",
           "clash": "Clashes broke out between {a} and {b} in {p}", "attack": "{a} attacked {p}",
           "movement": "A convoy of {a} moved from {o} towards {p}"}
# Undated events are in *every* date window (Filters.include_undated), so their share decides
# what each view costs at scale: ingest dates an event by its dateline or publication day when
# the text gives none, and 0 of the demo corpus's 4,892 events and 1.2% of FA-KES's 3,238 are
# undated (it was 5% here before: docs/benchmarks.md gives figures for both)
UNDATED = 0.01
BATCH = 500  # articles per transaction (save_many)
BULK = 5000  # articles per transaction (load_linked)


@dataclass(frozen=True)
class World:
    """What synthetic data is drawn from: real places and actors of the project's data."""
    places: tuple[Place, ...]
    actors: tuple[Actor, ...]


@lru_cache(maxsize=1)
def world() -> World:
    with (DATA_DIR / "gazetteer" / "gazetteer.tsv").open(encoding="utf-8") as f:
        places = tuple(
            Place(r["name"], r["name_ar"], float(r["lat"]), float(r["lon"]), "populated_place",
                  r["admin1"] or None, r["country"], int(r["geo_precision"] or 1),
                  int(r["where_prec"] or 1), r["id"])
            for r in csv.DictReader(f, delimiter="\t")
            if r["kind"] == "populated_place" and r["country"] in ("SY", "IQ", "YE")
            and r["lat"])
    fighters = [a for a in load("actors")["actors"]
                if a.get("type") in ARMED_TYPES]
    actors = tuple(Actor(a["name"], a.get("name_ar"), "actor1", a.get("name_ar") or a["name"])
                   for a in fighters[:20])
    return World(places=places, actors=actors)


def _weighted(rnd: random.Random, weights: dict[str, int]) -> str:
    return rnd.choices(list(weights), list(weights.values()))[0]


class _Writer:
    """Appends sentences to an article's text, returning the new sentence's span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, sentence: str) -> tuple[int, int]:
        start = self.length + (1 if self.parts else 0)
        self.parts.append(sentence)
        self.length = start + len(sentence)
        return start, self.length

    def text(self) -> str:
        return " ".join(self.parts)


def _claims(rnd: random.Random, sentence: str, start: int, claimant: str) -> list[Claim]:
    out = []
    for category in ["killed"] + (["injured"] if rnd.random() < 0.3 else []) \
            + (["vehicles_destroyed"] if rnd.random() < 0.15 else []):
        n = int(rnd.paretovariate(1.3)) + rnd.randint(0, 4)
        q = _weighted(rnd, QUALIFIERS)
        low, best, high = {"exact": (n, n, n), "more_than": (n, None, None),
                           "about": (None, n, None), "at_least": (n, None, None),
                           "up_to": (None, None, n)}[q]
        out.append(Claim(category, rnd.choice(["fighters", "civilians", "soldiers"]), q, low,
                         best, high, str(n), start, start + len(sentence), claimant))
    return out


def _event(rnd: random.Random, w: World, article_id: str, published: date, text: _Writer,
           arabic: bool) -> Event:
    kind = _weighted(rnd, TYPES)
    a1, a2 = rnd.sample(w.actors, 2)
    place = rnd.choice(w.places) if rnd.random() > 0.08 else None
    origin = rnd.choice(w.places) if kind == "movement" else None
    verbs = VERB_AR if arabic else VERB_EN
    where = (place.name_ar if arabic else place.name) if place else ("منطقة" if arabic else "area")
    sentence = verbs.get(kind, verbs["attack"]).format(
        a=a1.name_ar if arabic else a1.name, b=a2.name_ar if arabic else a2.name, p=where,
        o=(origin.name_ar if arabic else origin.name) if origin else "") + "."
    start, end = text.add(sentence)
    day = published - timedelta(days=rnd.choice([0, 1, 1, 1, 2, 3]))
    background = rnd.random() < 0.02
    if background:
        day -= timedelta(days=rnd.randint(400, 3000))
    first = last = day.isoformat()
    if rnd.random() < 0.1:
        first = (day - timedelta(days=rnd.randint(1, 6))).isoformat()
    if rnd.random() < UNDATED:
        first = last = None
    claimant = rnd.choice(CLAIMANTS)
    event = Event(
        article_id=article_id, event_type=kind, date_start=first, date_end=last,
        date_prec=1 if first == last else 2, location=None if kind == "movement" else place,
        origin=origin, destination=place if kind == "movement" else None,
        actors=[Actor(a1.name, a1.name_ar, "actor1", a1.text),
                Actor(a2.name, a2.name_ar, "actor2", a2.text)],
        claimant=claimant if rnd.random() < 0.5 else None,
        evidence=[Evidence(sentence, start, end)], confidence=round(rnd.uniform(0.4, 0.95), 2),
        background=background)
    if rnd.random() < 0.45 and kind not in ("movement", "agreement", "statement"):
        event.claims = _claims(rnd, sentence, start, claimant)
    return event


def _rereport(rnd: random.Random, earlier: Event, article_id: str, text: _Writer) -> Event:
    """Another article's report of an earlier event: same facts, its own figure; one incident
    with it when the linking rules can link them at all (dated, placed, not history)."""
    sentence = earlier.evidence[0].sentence
    start, end = text.add(sentence)
    claims = [Claim(c.category, c.who, c.qualifier,
                    *(None if v is None else max(1, v + rnd.randint(-3, 5))
                      for v in (c.low, c.best, c.high)), c.text, start, end,
                    rnd.choice(CLAIMANTS)) for c in earlier.claims]
    again = Event(article_id=article_id, event_type=earlier.event_type,
                  date_start=earlier.date_start, date_end=earlier.date_end,
                  date_prec=earlier.date_prec, location=earlier.location, origin=earlier.origin,
                  destination=earlier.destination, actors=earlier.actors, claims=claims,
                  evidence=[Evidence(sentence, start, end)], confidence=earlier.confidence)
    if linkable(report_of(earlier)) and linkable(report_of(again)):
        again.incident_id = earlier.incident_id
    return again


def articles(n_events: int, seed: int = 0) -> Iterator[tuple[Article, list[Event]]]:
    """Articles with their events, until ``n_events`` events were made (reproducible)."""
    rnd, w = random.Random(seed), world()
    made, i, recent = 0, 0, []
    while made < n_events:
        article_id = f"synth{i:08d}"
        arabic = rnd.random() < 0.7
        published = FIRST_DAY + timedelta(days=rnd.randrange(DAYS))
        text = _Writer()
        text.add(f"({article_id}, {published.isoformat()})")  # a dateline: no two texts alike
        k = min(rnd.choice([1, 2, 2, 3, 3, 3, 4, 5]), n_events - made)
        found = []
        if recent and rnd.random() < 0.1:
            found.append(_rereport(rnd, rnd.choice(recent), article_id, text))
        while len(found) < k:
            found.append(_event(rnd, w, article_id, published, text, arabic))
        assign_ids(found)
        for event in found:  # an incident of its own, with the id the linker would give it
            event.incident_id = event.incident_id or incident_key(event.event_id)
        recent = (recent + [e for e in found if e.claims])[-50:]
        made += len(found)
        i += 1
        yield Article(article_id, text.text(), title=f"synthetic {i}", outlet="synth",
                      published=published, language="ar" if arabic else "en"), found


def build(url: str, n_events: int, seed: int = 0,
          progress: Callable[[int], None] | None = None, linked: bool = True
          ) -> dict[str, int]:
    """Fill the store at ``url`` with ``n_events`` synthetic events, in batches: with their
    incidents as planted (``linked``), else linked by the store as in an ingest."""
    store = Store(url)
    batch: list[tuple[Article, list[Event]]] = []
    for item in articles(n_events, seed):
        batch.append(item)
        if len(batch) == (BULK if linked else BATCH):
            _flush(store, batch, progress, linked)
    _flush(store, batch, progress, linked)
    store.optimize()
    return store.counts()


def _flush(store: Store, batch: list[tuple[Article, list[Event]]],
           progress: Callable[[int], None] | None, linked: bool) -> None:
    if not batch:
        return
    if linked:
        store.load_linked(batch, "synthetic")
    else:
        for _, found in batch:  # the store's linker decides
            for event in found:
                event.incident_id = None
        for result in store.save_many(batch, "synthetic"):
            if isinstance(result, Exception):
                raise result
    if progress:
        progress(sum(len(found) for _, found in batch))
    batch.clear()
