"""`Store.save_many` with few statements: the one writer of a parallel ingest, made cheap.

Written an article at a time (`Store._save`), storing cost ~5 ms of CPU per article, a dozen
statements each built by SQLAlchemy, half of them the linker's; with ``--workers 2`` the single
writer was the bottleneck. Here a batch is written in *runs* of new articles:

1. which of the batch's texts and ids are stored already: one query;
2. each article, in order: unchanged (its text stored by this extractor, or earlier in the
   run), new (joins the run: its rows and its events' reports are built now, and a Python error
   there fails it alone, before anything is written), or an update (a re-extracted text, or an
   id in use): the run so far is written, then the update goes the per-article way;
3. a run is linked in memory (`events.linking_batch.link_run`: the database asked once) and
   written with one executemany per table, in a savepoint. If the database refuses a row (a
   value it cannot take) or linking raises, the savepoint is rolled back and the run is
   written again an article at a time, a savepoint each, so the bad article fails alone.

The result is what storing the articles one by one gives: the same rows, links and incidents
(tests: `tests/test_store_batch.py`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from events.incidents import Report, report_of
from events.linking_batch import link_run
from events.model import Article, Event
from events.schema import articles, incidents
from events.store_rows import TABLES, table_rows

CHUNK = 500  # ids per IN (...)
Batch = list[tuple[Article, list[Event]]]
Result = str | Exception
# one article stored the per-article way, in a savepoint: its status or its exception
SaveOne = Callable[[Connection, Article, list[Event]], Result]

_INSERT = {t.name: insert(t) for t in (*TABLES, articles, incidents)}
_UPDATE_INCIDENT = update(incidents).where(incidents.c.incident_id == bindparam("b_key"))


@dataclass
class Prepared:
    """An article's rows and its events' reports, built where it was extracted (a Dask
    worker), so that the one writer does not build them: with the JSON they are a third of
    what writing costs."""
    article_id: str
    rows: dict[str, list[dict[str, Any]]]
    reports: list[Report]


def prepare_rows(article: Article, found: list[Event]) -> Prepared | None:
    """What the writer would build for this article, or None if building it raises (the
    writer then builds it again, and fails that article alone as it would have)."""
    try:
        return Prepared(article.article_id, table_rows(article.article_id, article.text, found),
                        [report_of(e) for e in found])
    except Exception:  # noqa: BLE001
        return None


def _rows_and_reports(article: Article, found: list[Event], ready: Prepared | None
                      ) -> tuple[dict[str, list[dict[str, Any]]], list[Report]]:
    if ready is not None and ready.article_id == article.article_id:
        return ready.rows, ready.reports
    return table_rows(article.article_id, article.text, found), [report_of(e) for e in found]


@dataclass
class _Run:
    """New articles to write together, with their rows and their events' reports."""
    start: int  # index in the batch of its first article
    items: list[int] = field(default_factory=list)  # indices of the articles it writes
    rows: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {t.name: [] for t in (*TABLES, articles)})
    reports: list[Report] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def save_batch(conn: Connection, batch: Batch, version: str,
               article_row: Callable[[Article], dict[str, Any]], one: SaveOne,
               prepared: list[Prepared | None] | None = None) -> list[Result]:
    """Each article's status (new|unchanged|updated) or exception, in the batch's order.
    ``prepared``: the articles' rows, where they were built already (`prepare_rows`)."""
    out: list[Result | None] = [None] * len(batch)
    ready = prepared or [None] * len(batch)
    pos = 0
    while pos < len(batch):
        run = _Run(pos)
        pos = _gather(conn, batch, ready, pos, version, article_row, run, out)
        _write_run(conn, batch, run, pos, out, one)
        if pos < len(batch):  # an update: after the run before it, as a serial run does
            out[pos] = one(conn, *batch[pos])
            pos += 1
    assert all(r is not None for r in out)
    return out  # type: ignore[return-value]


def _stored(conn: Connection, batch: Batch) -> tuple[dict[str, str], set[str]]:
    """Of these articles: stored texts (hash -> extractor version), ids in use."""
    hashes = sorted({a.content_hash for a, _ in batch})
    ids = sorted({a.article_id for a, _ in batch})
    by_hash: dict[str, str] = {}
    used: set[str] = set()
    for i in range(0, len(hashes), CHUNK):
        query = select(articles.c.content_hash, articles.c.extractor_version).where(
            articles.c.content_hash.in_(hashes[i:i + CHUNK]))
        by_hash.update((h, v) for h, v in conn.execute(query))
    for i in range(0, len(ids), CHUNK):
        used.update(conn.execute(select(articles.c.article_id).where(
            articles.c.article_id.in_(ids[i:i + CHUNK]))).scalars())
    return by_hash, used


def _gather(conn: Connection, batch: Batch, ready: list[Prepared | None], pos: int,
            version: str,
            article_row: Callable[[Article], dict[str, Any]], run: _Run,
            out: list[Result | None]) -> int:
    """Fill ``run`` from ``pos``; the index of the first article that is an update (or the
    end of the batch)."""
    by_hash, used = _stored(conn, batch[pos:])
    for i in range(pos, len(batch)):
        article, found = batch[i]
        stored = by_hash.get(article.content_hash)
        if stored == version:
            out[i] = "unchanged"
            continue
        if stored is not None or article.article_id in used:
            return i
        try:
            rows, reports = _rows_and_reports(article, found, ready[i])
            row = article_row(article)
        except Exception as e:  # noqa: BLE001  (that article fails alone, nothing written)
            out[i] = e
            continue
        by_hash[article.content_hash] = version
        used.add(article.article_id)
        run.items.append(i)
        run.rows["articles"].append(row)
        for name, values in rows.items():
            run.rows[name] += values
        run.reports += reports
        run.events += found
    return len(batch)


def _write_run(conn: Connection, batch: Batch, run: _Run, end: int,
               out: list[Result | None], one: SaveOne) -> None:
    """Write the run (articles ``run.start`` to ``end``, some unchanged or failed); if that
    fails, every one of them again as a serial run would, one savepoint each."""
    if not run.items:
        return
    try:
        with conn.begin_nested():
            _insert(conn, run)
    except (IntegrityError, OperationalError):
        raise  # a concurrent writer (the batch is tried again) or the database itself: stop
    except Exception:  # noqa: BLE001  (a row the database refuses: find it, article by article)
        for i in range(run.start, end):
            out[i] = one(conn, *batch[i])
        return
    for i in run.items:
        out[i] = "new"


def _insert(conn: Connection, run: _Run) -> None:
    links = link_run(conn, run.reports)
    for row in run.rows["events"]:
        key, link = links.links[row["event_id"]]
        row.update(incident_id=key, link_score=link.score if link else None,
                   link_reasons="; ".join(link.reasons) if link else None, link_manual=False)
    conn.execute(_INSERT["articles"], run.rows["articles"])
    for table in TABLES:
        if run.rows[table.name]:
            conn.execute(_INSERT[table.name], run.rows[table.name])
    if links.new:
        conn.execute(_INSERT["incidents"], [dict(incident_id=key, manual=False, **row)
                                            for key, row in links.new.items()])
    if links.joined:
        conn.execute(_UPDATE_INCIDENT, [dict(b_key=key, **row)
                                        for key, row in links.joined.items()])
    for event in run.events:
        event.incident_id = links.links[event.event_id][0]
