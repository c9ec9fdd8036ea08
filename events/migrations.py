"""Schema upgrades: one step per version, run in order by `upgrade` inside one transaction.

To change the schema: bump ``events.schema.SCHEMA_VERSION`` to N, change the tables there (what a
new database gets), and add ``STEPS[N]``: a function that brings a version N-1 database to the
same state (``add_columns`` for new columns, ``create_missing`` for new tables and indexes, then
a backfill). ``tests/test_migrations.py`` upgrades a real version 1 database through every step
and compares it with a fresh one. A step never imports the dashboard; it may use ``events.flat``.
"""
from __future__ import annotations

import json
from typing import Callable

from sqlalchemy import (Column, Index, Table, delete, exists, insert, inspect, select, text,
                        update)
from sqlalchemy.engine import Connection
from sqlalchemy.sql import visitors

from events import schema as s
from events.flat import claim_rows, compact, event_claimants, event_columns
from events.linking import relink
from events.model import Event


class SchemaError(Exception):
    """The database's schema cannot be used by this version of Athar."""


def current_version(conn: Connection) -> int:
    return int(conn.execute(select(s.schema_info.c.version)).scalar_one())


def create_schema(conn: Connection) -> None:
    """A new database: every table at the current version."""
    s.metadata.create_all(conn)
    create_search_index(conn)
    if conn.execute(select(s.schema_info.c.version)).first() is None:
        conn.execute(insert(s.schema_info).values(version=s.SCHEMA_VERSION))


def upgrade(conn: Connection) -> list[int]:
    """Run the steps from the database's version to ``SCHEMA_VERSION``; the versions done."""
    version = current_version(conn)
    if version > s.SCHEMA_VERSION:
        raise SchemaError(f"schema version {version} is newer than this Athar's "
                          f"({s.SCHEMA_VERSION}): upgrade Athar")
    done = []
    for target in range(version + 1, s.SCHEMA_VERSION + 1):
        STEPS[target](conn)
        conn.execute(update(s.schema_info).values(version=target))
        done.append(target)
    return done


# --- helpers for steps -------------------------------------------------------------------------

def add_columns(conn: Connection, table: Table, *names: str) -> None:
    """``ALTER TABLE … ADD COLUMN`` for columns of ``table`` the database lacks (nullable)."""
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    for name in names:
        if name in have:
            continue
        col: Column = table.c[name]
        kind = col.type.compile(dialect=conn.dialect)
        conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{name}" {kind}'))


def create_missing(conn: Connection) -> None:
    """New tables, and the indexes of every table, that the database does not have yet (an
    index on a column a later step adds, or filtered by one, is left to that step)."""
    s.metadata.create_all(conn)
    for table in s.metadata.sorted_tables:
        have = {c["name"] for c in inspect(conn).get_columns(table.name)}
        for index in table.indexes:
            if _index_columns(index) <= have:
                index.create(conn, checkfirst=True)


def _index_columns(index: Index) -> set[str]:
    """The columns an index holds, and those its WHERE reads if it is partial."""
    names = {c.name for c in index.columns}
    for options in index.dialect_options.values():
        where = options.get("where")
        if where is not None:
            names |= {c.name for c in visitors.iterate(where) if isinstance(c, Column)}
    return names


def create_search_index(conn: Connection) -> None:
    """SQLite's FTS5 index over articles (fills it from the articles already stored)."""
    if conn.dialect.name != "sqlite":
        return
    if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'")).first():
        return
    for ddl in s.SQLITE_FTS:
        conn.execute(text(ddl))
    conn.execute(text("INSERT INTO articles_fts (rowid, article_id, title, text) "
                      "SELECT rowid, article_id, title, text FROM articles"))


def analyze(conn: Connection, table: str = "") -> None:
    """Planner statistics (sampled on SQLite, as `Store.optimize`): a new index is used only
    once the planner knows it."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("PRAGMA analysis_limit=1000"))
    conn.execute(text(f"ANALYZE {table}".strip()))


# --- the steps ---------------------------------------------------------------------------------

def _v2_flat_columns(conn: Connection) -> None:
    """Flat indexed columns for every filter, claims as ranges, a claimants table, compact JSON
    (no evidence text twice), the search index in the schema. (Version 2 also had report
    groups, which version 3's incidents replace: a database upgraded from 1 never gets them.)"""
    add_columns(conn, s.events, "background", "first_day", "last_day", "actor1", "place", "lat",
                "lon", "precision", "country", "is_route", "ev_start", "ev_end")
    add_columns(conn, s.claims, "lo", "hi", "approx")
    for old in ("ix_events_date_start", "ix_events_date_end"):
        conn.execute(text(f"DROP INDEX IF EXISTS {old}"))
    create_missing(conn)
    if conn.dialect.name == "sqlite":  # the Sources page used to create it lazily
        for name in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text("DROP TABLE IF EXISTS articles_fts"))
        create_search_index(conn)
    texts = dict(conn.execute(select(s.articles.c.article_id, s.articles.c.text)).all())
    rows = conn.execute(select(s.events.c.event_id, s.events.c.json)
                        .order_by(s.events.c.article_id, s.events.c.event_id)).all()
    for event_id, stored in rows:
        event = Event.from_dict(json.loads(stored))
        columns = event_columns(event)
        conn.execute(update(s.events).where(s.events.c.event_id == event_id).values(
            json=json.dumps(compact(event, texts.get(event.article_id, "")),
                            ensure_ascii=False), **columns))
        names = event_claimants(event)
        if names:
            conn.execute(insert(s.claimants), [dict(event_id=event_id, name=n) for n in names])
        conn.execute(delete(s.claims).where(s.claims.c.event_id == event_id))
        event.event_id = event_id
        if event.claims:  # now with their ranges and the event's claimant as fallback
            conn.execute(insert(s.claims), claim_rows(event))


def _v3_incidents(conn: Connection) -> None:
    """Incidents (issue 12): every event links into one; they replace version 2's report
    groups (same type, actor1 and place with overlapping days), which chained unrelated events."""
    add_columns(conn, s.events, "incident_id", "link_score", "link_reasons", "link_manual")
    for old in ("ix_events_same_report", "ix_events_report_group"):
        conn.execute(text(f"DROP INDEX IF EXISTS {old}"))
    if "report_group" in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events DROP COLUMN report_group"))
    create_missing(conn)
    relink(conn)


def _v4_archive_indexes(conn: Connection) -> None:
    """Indexes for archives of a million events (docs/benchmarks.md): current events by day,
    points, actor names with their Arabic names; they replace the single-column ones."""
    for old in ("ix_events_background", "ix_actors_name"):
        conn.execute(text(f"DROP INDEX IF EXISTS {old}"))
    create_missing(conn)


def _v5_covering_indexes(conn: Connection) -> None:
    """Views read from indexes alone (docs/benchmarks.md): events in view with every column the
    pages read, claims with every column the losses rules read (the first replaces
    ix_events_current); actors and claimants by event and name (the filters, per event in
    view); articles by time stored (the dashboard's cache key). A million-event archive takes
    15 s here, once."""
    conn.execute(text("DROP INDEX IF EXISTS ix_events_current"))
    create_missing(conn)
    analyze(conn)


def _v6_points_with_background(conn: Connection) -> None:
    """ix_events_point carries the background flag: maps of the whole archive read it alone."""
    conn.execute(text("DROP INDEX IF EXISTS ix_events_point"))
    create_missing(conn)
    analyze(conn, "events")


def _v7_incidents_view(conn: Connection) -> None:
    """Incidents read by id from an index with the columns the views read of them (the
    timeline's counts per day, the Losses page's list): a 1M archive takes ~10 s here, once."""
    create_missing(conn)
    analyze(conn, "incidents")


def _v8_claimed_events(conn: Connection) -> None:
    """Events flagged when they carry claims, and an index of the claimed events in view: the
    Losses page groups claims from it without looking up the ~60% of events that have none.
    Then statistics for the planner, so the first page after the upgrade already reads it."""
    add_columns(conn, s.events, "claimed")
    ev, cl = s.events.c, s.claims.c
    conn.execute(update(s.events).values(
        claimed=exists().where(cl.event_id == ev.event_id)))
    create_missing(conn)
    analyze(conn, "events")


def _v9_actors_by_day(conn: Connection) -> None:
    """Each actor row gets its event's days and history flag, and ix_actors_view over them: the
    actor filter lists the actor's events in the window from one index range instead of looking
    up every event in view (docs/benchmarks.md, tenth session). Copied in one UPDATE … FROM."""
    add_columns(conn, s.actors, "background", "last_day", "first_day")
    ev, ac = s.events.c, s.actors.c
    conn.execute(update(s.actors).where(ac.event_id == ev.event_id).values(
        background=ev.background, last_day=ev.last_day, first_day=ev.first_day))
    create_missing(conn)
    analyze(conn, "actors")


STEPS: dict[int, Callable[[Connection], None]] = {2: _v2_flat_columns, 3: _v3_incidents,
                                                  4: _v4_archive_indexes, 5: _v5_covering_indexes,
                                                  6: _v6_points_with_background,
                                                  7: _v7_incidents_view, 8: _v8_claimed_events,
                                                  9: _v9_actors_by_day}
