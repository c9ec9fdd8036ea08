"""The filters' choices (``events.query.options``) read the actors' names one index seek per
name (``WITH RECURSIVE``: the next name after the last) and the current events' first day and
count in one pass, instead of grouping every actor row and scanning the current events twice
(at 1M events ~0.9 s of each start-up). They must offer exactly what the grouping offered: the
same names in the same order, each with its least Arabic name (none when no row has one), on
SQLite and PostgreSQL, and nothing on an empty store.
"""
from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import and_, false, func, select

from events.model import Actor, Event, Evidence, Place
from events.query import options
from events.schema import actors, events
from events.store import Store
from tests.conftest import store_with

NAMES = ["Syrian Air Force", "Islamic State", "SDF", "Hezbollah", "US-led coalition", "Ä-name"]
ARABIC = [None, "داعش", "تنظيم الدولة", "قوات سوريا الديمقراطية", "حزب الله", ""]


def random_archive(seed: int) -> list[Event]:
    """Events naming zero to three actors, each name written with several Arabic names or
    none; some undated, some history, some with one side of the date only."""
    rng = random.Random(seed)
    found = []
    for n in range(rng.randint(1, 40)):
        day = date(2017, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        start, end = rng.choice([(day, day), (None, None), (day, None), (None, day)])
        found.append(Event(
            article_id=f"a{n % 7}", event_type=rng.choice(["airstrike", "clash"]),
            event_id=f"a{n % 7}:e{n}", date_start=start, date_end=end,
            location=Place("Idlib", "إدلب", 35.93, 36.63, country="SY"),
            actors=[Actor(rng.choice(NAMES), rng.choice(ARABIC), "actor1")
                    for _ in range(rng.randint(0, 3))],
            background=rng.random() < 0.15, evidence=[Evidence(f"s{n}", 0, 2)]))
    return found


def grouped(engine) -> tuple[dict[str, str], date | None]:
    """What ``options`` read before: every actor row grouped by name; the current events'
    first day in a scan of its own."""
    e = events.c
    current = and_(e.background == false(), e.last_day.is_not(None))
    with engine.connect() as conn:
        labels = {name: f"{name} — {ar}" if ar else name for name, ar in conn.execute(
            select(actors.c.name, func.min(actors.c.name_ar)).group_by(actors.c.name)
            .order_by(actors.c.name))}
        first = conn.execute(select(func.min(e.first_day)).where(current)).scalar()
    return labels, first


@pytest.mark.parametrize("seed", range(5))
def test_the_filters_offer_what_grouping_every_actor_row_offered(new_db, seed):
    engine = store_with(new_db(), random_archive(seed)).engine
    labels, first = grouped(engine)
    opts = options(engine)
    assert list(opts.actors.items()) == list(labels.items())  # same names, same order
    assert opts.first_day == (date.fromisoformat(str(first)[:10]) if first else None)


def test_an_empty_store_offers_no_actor_and_no_span(new_db):
    opts = options(Store(new_db()).engine)
    assert opts.actors == {} and opts.first_day is None and opts.last_day is None
