"""The store: SQLAlchemy Core over SQLite (WAL) by default; any SQLAlchemy URL works.

`Store.save` writes one article in one transaction; `Store.save_many` (ingest) writes a batch
in one transaction, each article still atomic (``events.store_batch``). The full event JSON (the
contract) is kept beside flat columns (claims, actors, places) that queries and outside SQL tools
can use directly, so reading events back never loses a field and ad-hoc SQL never needs JSON
functions.

Several processes may share one SQLite store (two ingests, the dashboard's readers): writers
take the write lock when their transaction begins (``BEGIN IMMEDIATE``) and wait up to
``ATHAR_DB_TIMEOUT`` seconds for it, so they queue instead of failing; the schema is created in
one such transaction, so no reader sees half of it. A database that cannot be used (read-only,
locked for longer than that, not a database) is a `StoreError` whose message is one line. The
engine, its settings and the errors are `events.store_engine`.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Callable, Iterable, Iterator, TypeVar

from sqlalchemy import delete, func, insert, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from events.flat import expand
from events.linking import link_events, link_replaced, pins_of
from events.migrations import SchemaError, create_schema, upgrade
from events.model import Article, Event
from events.schema import (SCHEMA_VERSION, actors, articles, claimants, claims, events,
                           incidents, places, schema_info)
from events.store_batch import Prepared, save_batch
from events.store_engine import (WRITE_ATTEMPTS, StoreError, default_timeout, default_url,
                                 guarded, lock_busy, make_engine, shown_url)
from events.store_rows import TABLES, insert_linked, table_rows

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "StoredArticle", "actors", "articles",
           "claimants", "claims", "default_url", "events", "incidents", "make_engine", "places",
           "schema_info"]

R = TypeVar("R")


@dataclass
class StoredArticle:
    article_id: str
    title: str
    outlet: str
    url: str | None
    published: date | None
    published_is_estimate: bool
    language: str
    notes: str
    text: str
    content_hash: str
    n_events: int = 0
    path: str | None = None
    ingested_at: str | None = None  # ISO time it was stored (exports' timestamp)


class Store:
    """A thin layer over the tables; every write of one article is one transaction."""

    @guarded
    def __init__(self, url: str | None = None, timeout: float | None = None) -> None:
        self.url = url or default_url()
        self.timeout = default_timeout() if timeout is None else timeout
        self.engine = make_engine(self.url, self.timeout)
        with self.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            version = (conn.execute(select(schema_info.c.version)).scalar()
                       if schema_info.name in tables else None)
        try:
            if version is None:
                self._write(create_schema)
            elif version != SCHEMA_VERSION:
                self._write(upgrade)  # one transaction: upgraded wholly or not at all
                self._shrink_log()
        except SchemaError as e:
            raise StoreError(f"database {shown_url(self.url)}: {e}") from None

    def _shrink_log(self) -> None:
        """SQLite: empty the write-ahead log an upgrade filled (schema 8 rewrites every event
        row: ~1 GB of log at 1M events), which would otherwise keep its size on disk for as
        long as a connection stays open (the dashboard's, for its whole life)."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def _write(self, work: Callable[[Connection], R]) -> R:
        """Run ``work`` in one write transaction, again if the lock stayed busy or a
        concurrent writer inserted the same row first (the retry then sees that row)."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(athar_writing=True)
                    with conn.begin():
                        return work(conn)
            except (OperationalError, IntegrityError) as e:
                last = attempt == WRITE_ATTEMPTS - 1
                if last or (isinstance(e, OperationalError) and not lock_busy(e)):
                    raise
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")

    # --- writing -------------------------------------------------------------------------
    @guarded
    def save(self, article: Article, found: list[Event], extractor_version: str) -> str:
        """Store an article and its events atomically; returns new|unchanged|updated.

        The same text (by content hash) already stored with the same extractor version is
        left alone; after the extractor changed, its events are replaced in one transaction.
        """
        return self._write(lambda conn: self._save(conn, article, found, extractor_version))

    @guarded
    def save_many(self, batch: list[tuple[Article, list[Event]]], extractor_version: str,
                  prepared: list[Prepared | None] | None = None) -> list[str | Exception]:
        """Store many articles in one transaction (one commit: fast), each still atomic: an
        article that fails is rolled back alone and its exception returned in its place; the
        others' statuses are new|unchanged|updated. New articles are written together, a
        statement per table and the linker's questions once (``events.store_batch``): the same
        store as saving them one by one, at a fraction of the CPU. ``prepared``: their rows,
        if built already where they were extracted (``events.store_batch.prepare_rows``)."""
        def one(conn: Connection, article: Article, found: list[Event]) -> str | Exception:
            try:
                with conn.begin_nested():
                    return self._save(conn, article, found, extractor_version)
            except IntegrityError:
                raise  # a concurrent writer: the whole batch is tried again
            except Exception as e:  # noqa: BLE001  (reported per article by the caller)
                if isinstance(e, OperationalError):
                    raise  # the database itself (locked, read-only, full): stop
                return e

        return self._write(lambda conn: save_batch(
            conn, batch, extractor_version,
            lambda a: self._article_row(a, extractor_version), one, prepared))

    def _save(self, conn: Connection, article: Article, found: list[Event],
              extractor_version: str) -> str:
        same = conn.execute(select(articles.c.article_id, articles.c.extractor_version)
                            .where(articles.c.content_hash == article.content_hash)).first()
        if same is not None:
            if same.extractor_version == extractor_version:
                return "unchanged"
            self._replace(conn, same.article_id, article, found, extractor_version)
            return "updated"
        if conn.execute(select(articles.c.article_id)
                        .where(articles.c.article_id == article.article_id)).first():
            self._replace(conn, article.article_id, article, found, extractor_version)
            return "updated"
        conn.execute(insert(articles).values(**self._article_row(article, extractor_version)))
        self._insert_events(conn, article.article_id, article.text, found)
        return "new"

    def _replace(self, conn: Connection, article_id: str, article: Article,
                 found: list[Event], extractor_version: str) -> None:
        touched, pins = pins_of(conn, article_id)
        conn.execute(delete(events).where(events.c.article_id == article_id))
        row = self._article_row(article, extractor_version)
        row["article_id"] = article_id
        conn.execute(update(articles).where(articles.c.article_id == article_id).values(**row))
        self._insert_events(conn, article_id, article.text, found, link=False)
        link_replaced(conn, found, touched, pins)

    @staticmethod
    def _article_row(a: Article, extractor_version: str) -> dict[str, Any]:
        return dict(article_id=a.article_id, content_hash=a.content_hash, title=a.title,
                    outlet=a.outlet, url=a.url, published=a.published,
                    published_is_estimate=a.published_is_estimate, language=a.language,
                    notes=a.notes, path=a.path, text=a.text,
                    extractor_version=extractor_version,
                    ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @staticmethod
    def _insert_events(conn: Connection, article_id: str, text: str, found: list[Event],
                       link: bool = True) -> None:
        """The events' rows in every table, a few statements per article (not per event),
        then each event linked into an incident (``events.linking``)."""
        rows = table_rows(article_id, text, found)
        for table in TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
        if link:
            link_events(conn, found)

    @guarded
    def load_linked(self, batch: list[tuple[Article, list[Event]]], extractor_version: str
                    ) -> int:
        """Bulk load: new articles whose events' incidents the caller knows (``incident_id``
        set, None = one of its own), in one transaction, with no per-event query and no
        linker (``events.store_rows.insert_linked``: the rules still check each incident).
        For synthetic archives; an article already stored is an IntegrityError. Returns the
        number of events stored."""
        rows = [self._article_row(a, extractor_version) for a, _ in batch]
        return self._write(lambda conn: insert_linked(conn, batch, rows))

    # --- reading -------------------------------------------------------------------------
    @guarded
    def events(self, article_id: str | None = None) -> list[Event]:
        """Events in the contract's full form, by date (all, or one article's)."""
        query = select(events.c.event_id, events.c.article_id, events.c.event_type,
                       events.c.json, events.c.incident_id).order_by(events.c.date_start,
                                                                     events.c.event_id)
        if article_id is not None:
            query = query.where(events.c.article_id == article_id)
        with self.engine.connect() as conn:
            return rows_to_events(conn, conn.execute(query).all())

    @guarded
    def events_by_id(self, event_ids: list[str]) -> dict[str, Event]:
        """The events a user opened (a popup, a card, a page of a table), by id."""
        out: dict[str, Event] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(event_ids), 500):
                query = select(events.c.event_id, events.c.article_id, events.c.event_type,
                               events.c.json, events.c.incident_id).where(
                                   events.c.event_id.in_(event_ids[i:i + 500]))
                out.update((e.event_id, e) for e in rows_to_events(conn, conn.execute(query)))
        return out

    @guarded
    def known(self, hashes: list[str], extractor_version: str) -> set[str]:
        """Which of these texts (by content hash) are stored, extracted by this extractor:
        re-ingest skips them before extracting, with one query per few hundred files."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), 500):
                found.update(conn.execute(select(articles.c.content_hash).where(
                    articles.c.content_hash.in_(hashes[i:i + 500]),
                    articles.c.extractor_version == extractor_version)).scalars())
        return found

    @guarded
    def articles(self) -> list[StoredArticle]:
        return list(self._articles())

    @guarded
    def article(self, article_id: str) -> StoredArticle | None:
        return next(self._articles(article_id), None)

    @guarded
    def article_info(self, article_ids: list[str]) -> list[StoredArticle]:
        """These articles' metadata, without their text (exports' sources)."""
        return [a for i in range(0, len(article_ids), 500)
                for a in self._articles(ids=article_ids[i:i + 500], text=False)]

    def _articles(self, article_id: str | None = None, ids: list[str] | None = None,
                  text: bool = True) -> Iterator[StoredArticle]:
        n_events = (select(func.count()).where(events.c.article_id == articles.c.article_id)
                    .scalar_subquery())
        columns = [c for c in articles.c if text or c.name != "text"]
        query = select(*columns, n_events.label("n_events")).order_by(
            articles.c.published, articles.c.article_id)
        if article_id is not None:
            query = query.where(articles.c.article_id == article_id)
        if ids is not None:
            query = query.where(articles.c.article_id.in_(ids))
        with self.engine.connect() as conn:
            for r in conn.execute(query).mappings():
                yield StoredArticle(
                    article_id=r["article_id"], title=r["title"], outlet=r["outlet"], url=r["url"],
                    published=r["published"], published_is_estimate=r["published_is_estimate"],
                    language=r["language"], notes=r["notes"], text=r.get("text", ""),
                    content_hash=r["content_hash"], n_events=r["n_events"], path=r["path"],
                    ingested_at=r["ingested_at"])

    @guarded
    def find_article(self, article_id: str) -> tuple[str, str | None] | None:
        """(content_hash, path) of the stored article with this id, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.content_hash, articles.c.path)
                               .where(articles.c.article_id == article_id)).first()
        return None if row is None else (row.content_hash, row.path)

    @guarded
    def find_articles(self, article_ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """`find_article` for many ids, one query per few hundred."""
        out: dict[str, tuple[str, str | None]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(article_ids), 500):
                out.update((r.article_id, (r.content_hash, r.path)) for r in conn.execute(
                    select(articles.c.article_id, articles.c.content_hash, articles.c.path)
                    .where(articles.c.article_id.in_(article_ids[i:i + 500]))))
        return out

    @guarded
    def optimize(self) -> None:
        """Refresh the query planner's statistics after a large write (which index to use for
        which filter depends on how the data is spread)."""
        with self.engine.connect() as conn:
            if self.engine.dialect.name == "sqlite":
                # every table, sampled (fast at any size): "PRAGMA optimize" skipped tables it
                # thought unchanged, and without claims' statistics a 1M-event store joined
                # claims first (a full scan) for the header's killed figure
                conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE")
            conn.commit()

    @guarded
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (articles, events, claims, actors, places)}


def rows_to_events(conn: Connection, rows: Iterable[Any]) -> list[Event]:
    """Events from (event_id, article_id, event_type, json, incident_id) rows: the compact JSON
    expanded with the evidence sentences cut from their articles' texts (each article read once)."""
    rows = list(rows)
    texts: dict[str, str] = {}
    wanted = sorted({r[1] for r in rows})
    for i in range(0, len(wanted), 500):
        texts.update(conn.execute(select(articles.c.article_id, articles.c.text)
                                  .where(articles.c.article_id.in_(wanted[i:i + 500]))).all())
    return [Event.from_dict(expand(json.loads(j), eid, aid, etype, texts.get(aid, ""), inc))
            for eid, aid, etype, j, inc in rows]
