"""Schema 9: each actor row carries its event's days and history flag (``actors.background``,
``last_day``, ``first_day``), so the actor filter in a window of up to a year lists the actor's
events in that window from one index range (``ix_actors_view``, ``events.query._named_actors``)
instead of looking up every event in view in ``ix_actors_event_name``.

The copy must hold whatever wrote the store — one article, an article extracted again with
other dates, a batch, the synthetic bulk path, an upgrade from schema 8 — and filtering through
it must show exactly what the per-event check showed, on every page, on SQLite and PostgreSQL.

Also here: the timeline's counts per day list the incidents in view first (``IN``) instead of
joining every event in view to its incident and counting DISTINCT: the same counts.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import func, inspect, select, text

from events import query
from events.model import Actor, Article, Event, Evidence, Place
from events.query import Filters, in_view, summary
from events.query import select as select_events
from events.query_losses_view import losses_view
from events.query_map import map_view, points
from events.query_timeline import listing, timeline_counts, timeline_rows
from events.schema import SCHEMA_VERSION, actors, events, incidents
from events.store import Store
from tests.conftest import store_with
from tests.test_store import article, strike
from tests.test_store_batch import scenario

PLACES = [Place("Idlib", "إدلب", 35.93, 36.63, country="SY"),
          Place("Hama", "حماة", 35.13, 36.75, country="SY"),
          Place("Mosul", "الموصل", 36.34, 43.13, country="IQ")]
NAMES = ["Syrian Air Force", "Islamic State", "SDF", "Hayat Tahrir al-Sham"]
DAY0 = date(2017, 5, 1)


def random_dates(rng: random.Random) -> tuple[str | None, str | None]:
    """Dated (one day or a span), one-sided, or undated."""
    roll = rng.random()
    if roll < 0.15:
        return None, None
    first = DAY0 + timedelta(days=rng.randint(0, 60))
    if roll < 0.25:
        return (first.isoformat(), None) if rng.random() < 0.5 else (None, first.isoformat())
    last = first + timedelta(days=rng.choice([0, 0, 0, 1, 5, 40]))
    return first.isoformat(), last.isoformat()


def random_archive(seed: int) -> list[Event]:
    """Articles of one to four events; actors drawn from a few names (one, two, or none);
    one article in three retells an earlier article's strike (same type, day, place and actors:
    the linker joins them into one incident); ~10% history told in passing."""
    rng = random.Random(seed)
    found: list[Event] = []
    for a in range(rng.randint(8, 18)):
        for n in range(rng.randint(1, 4)):
            start, end = random_dates(rng)
            kind, where = rng.choice(["airstrike", "shelling", "clash"]), rng.choice(PLACES)
            who = rng.sample(NAMES, rng.choice([0, 1, 1, 2]))
            told = [e for e in found if e.date_start and e.date_start == e.date_end]
            if n == 0 and told and rng.random() < 0.35:  # a re-report of an earlier strike
                old = rng.choice(told)
                start = end = old.date_start
                kind, where, who = old.event_type, old.location, [x.name for x in old.actors]
            found.append(Event(
                article_id=f"a{a}", event_type=kind, event_id=f"a{a}:e{n}",
                date_start=start, date_end=end, location=where,
                actors=[Actor(name, None, "actor1" if k == 0 else "actor2")
                        for k, name in enumerate(who)],
                background=rng.random() < 0.1,
                evidence=[Evidence(f"sentence {a} {n}", 0, 30)]))
    return found


def wrong_copies(store: Store) -> list[tuple]:
    """Actor rows whose days or flag differ from their event's (none when the store is right)."""
    a, e = actors.c, events.c
    differs = ((a.background != e.background) | a.background.is_(None)
               | (a.last_day != e.last_day) | (a.last_day.is_(None) != e.last_day.is_(None))
               | (a.first_day != e.first_day) | (a.first_day.is_(None) != e.first_day.is_(None)))
    with store.engine.connect() as conn:
        return conn.execute(select(a.event_id, a.name).join_from(actors, events,
                                                                a.event_id == e.event_id)
                            .where(differs)).all()


def test_an_actor_row_carries_its_events_days_however_the_event_was_written(new_db):
    store = Store(new_db())
    store.save(article(), [strike()], "v1")
    assert not wrong_copies(store)
    redated = strike()
    redated.date_start, redated.date_end = "2017-05-20", None  # extracted again: other dates
    store.save(article(), [redated], "v2")
    assert not wrong_copies(store)
    with store.engine.connect() as conn:
        assert conn.execute(select(actors.c.first_day, actors.c.last_day)).all() == \
            [(date(2017, 5, 20), date(2017, 5, 20))]
    batched = Store(new_db())
    for _ in batched.save_many(scenario(3), "v1"):
        pass
    assert not wrong_copies(batched)
    bulk = Store(new_db())
    found = random_archive(2)
    bulk.load_linked([(Article(a, f"text of {a} " + "x" * 200, published=date(2017, 6, 2)),
                       [e for e in found if e.article_id == a])
                      for a in sorted({e.article_id for e in found})], "synthetic")
    assert not wrong_copies(bulk)


def per_event_check(monkeypatch) -> None:
    """The code before schema 9: each event in view looked up in ix_actors_event_name."""
    monkeypatch.setattr(query, "_named_actors",
                        lambda f: query._named(actors, f.actors, True))


def narrow_filters() -> list[Filters]:
    """Windows of up to a year (the ones read through ix_actors_view), with one actor or two,
    undated events kept or not, history shown or not, other filters combined."""
    out = []
    for start, end in ((date(2017, 5, 10), date(2017, 5, 10)), (date(2017, 5, 1),
                                                                date(2017, 6, 15)),
                       (date(2017, 1, 1), date(2017, 12, 31)), (date(2016, 1, 1),
                                                                 date(2016, 6, 1))):
        for who in (("Islamic State",), ("SDF", "Syrian Air Force")):
            out += [Filters(start=start, end=end, actors=who),
                    Filters(start=start, end=end, actors=who, include_undated=False),
                    Filters(start=start, end=end, actors=who, include_background=True)]
    out += [Filters(start=date(2017, 5, 1), end=date(2017, 6, 30), actors=("nobody",)),
            Filters(start=date(2017, 5, 1), end=date(2017, 6, 30), actors=("Islamic State",),
                    event_types=("airstrike",), countries=("SY",))]
    return out


def what_the_pages_show(store: Store, f: Filters) -> tuple:
    """Every page's data for one filter state (frames as JSON: NaN equals nothing)."""
    engine = store.engine
    page = losses_view(engine, f, sources=True)
    shown = map_view(engine, f, store.events_by_id)
    def js(frame) -> str:  # dates as ISO strings (pandas' default is changing: one format)
        return frame.to_json(date_format="iso")

    return (js(select_events(engine, f)), summary(engine, f),
            js(timeline_counts(engine, f)), js(timeline_rows(engine, f)),
            js(listing(engine, f)), js(points(engine, f)), shown["detail"],
            len(shown.get("rows", [])), js(page.claims), js(page.incidents),
            page.by_category, page.by_claimant)


@pytest.mark.parametrize("seed", range(4))
def test_the_actor_filter_read_by_day_shows_what_the_per_event_check_showed(
        new_db, seed, monkeypatch):
    store = store_with(new_db(), random_archive(seed))
    states = narrow_filters()
    now = [what_the_pages_show(store, f) for f in states]
    assert any(s[1]["events"] for s in now) and any(not s[1]["events"] for s in now)
    per_event_check(monkeypatch)
    assert now == [what_the_pages_show(store, f) for f in states]


def counted_by_joining(engine, f: Filters) -> list[tuple]:
    """The timeline's counts as they were read before: every event in view joined to its
    incident, incidents counted DISTINCT per day and type."""
    i, e = incidents.c, events.c
    query_ = (select(i.first_day, i.event_type, func.count(e.incident_id.distinct()))
              .join_from(events, incidents, i.incident_id == e.incident_id)
              .where(in_view(f), i.first_day.is_not(None)).group_by(i.first_day, i.event_type))
    with engine.connect() as conn:
        return sorted(conn.execute(query_).all())


def counted_now(engine, f: Filters) -> list[tuple]:
    counts = timeline_counts(engine, f, freq="D")
    return sorted((p.date(), t, n) for p, t, n in counts[["period", "event_type", "incidents"]]
                  .itertuples(index=False))


@pytest.mark.parametrize("seed", range(4))
def test_the_timeline_counts_each_incident_in_view_once_as_the_join_did(new_db, seed):
    engine = store_with(new_db(), random_archive(seed)).engine
    with engine.connect() as conn:  # some incidents are told by several events
        assert conn.execute(select(func.max(incidents.c.events))).scalar() > 1
    for f in narrow_filters() + [Filters(), Filters(include_background=True),
                                 Filters(include_undated=False),
                                 Filters(event_types=("shelling",))]:
        assert counted_now(engine, f) == counted_by_joining(engine, f)


def as_version_8(url: str) -> None:
    """The store at ``url`` as schema 8 left it: actor rows without days, no ix_actors_view."""
    engine = Store(url).engine
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_actors_view"))
        for column in ("background", "last_day", "first_day"):
            conn.execute(text(f"ALTER TABLE actors DROP COLUMN {column}"))
        conn.execute(text("UPDATE schema_info SET version = 8"))
    engine.dispose()


def test_a_version_8_store_is_upgraded_with_its_actors_dated_and_indexed(new_db):
    url = new_db()
    made = store_with(url, random_archive(1))
    expected = [what_the_pages_show(made, f) for f in narrow_filters()[:6]]
    made.engine.dispose()
    as_version_8(url)
    store = Store(url)  # upgraded on open
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalar() == SCHEMA_VERSION
        assert "ix_actors_view" in {i["name"] for i in inspect(conn).get_indexes("actors")}
        assert conn.execute(select(func.count()).where(actors.c.background.is_(None))
                            ).scalar() == 0
    assert not wrong_copies(store)
    assert [what_the_pages_show(store, f) for f in narrow_filters()[:6]] == expected
