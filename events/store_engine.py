"""Opening a store's database: the SQLAlchemy engine with its SQLite settings (WAL, the write
lock taken up front, the busy timeout, the page cache), where the database is by default, and
how a database error reaches the user (`StoreError`, one line naming the database).

Apart from `events.store`, which reads and writes the tables: this is everything about the
connection, the same whichever tables a caller touches (``make_engine`` is also what the fault
tests open a second writer with).
"""
from __future__ import annotations

import functools
import os
import sqlite3
import time
from typing import Any, Callable, ParamSpec, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from events.lexicon import DATA_DIR

DEFAULT_DB_PATH = DATA_DIR / "athar.db"
DEFAULT_TIMEOUT = 30.0  # seconds a writer waits for another writer's lock
SQLITE_CACHE_KB = 65536  # SQLite's page cache and sort memory per connection (default: 2 MB)
WRITE_ATTEMPTS = 4  # a lock still busy after the timeout is tried again this many times


class StoreError(Exception):
    """The database cannot be used: read-only, locked by another writer, not a database."""


P = ParamSpec("P")
R = TypeVar("R")


def _one_line(e: DBAPIError) -> str:
    return str(e.orig or e).splitlines()[0][:300] if str(e.orig or e) else type(e).__name__


def lock_busy(e: OperationalError) -> bool:
    return "locked" in str(e.orig) or "busy" in str(e.orig)


def guarded(method: Callable[P, R]) -> Callable[P, R]:
    """Database errors of a store method become a `StoreError` naming the database."""
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except IntegrityError:
            raise
        except DBAPIError as e:
            store = args[0]
            where = shown_url(getattr(store, "url", ""))
            hint = ""
            if isinstance(e, OperationalError) and lock_busy(e):
                waited = getattr(store, "timeout", DEFAULT_TIMEOUT)
                hint = (f" (another process holds the write lock; tried {WRITE_ATTEMPTS} times, "
                        f"{waited:g} s each)")
            raise StoreError(f"database {where}: {_one_line(e)}{hint}") from None
    return wrapper


def shown_url(url: str) -> str:
    try:
        parsed = make_url(url)
    except Exception:
        return url
    return parsed.render_as_string(hide_password=True) if parsed.password else url


def default_url() -> str:
    return os.environ.get("ATHAR_DB_URL") or f"sqlite:///{DEFAULT_DB_PATH}"


def default_timeout() -> float:
    try:
        return float(os.environ.get("ATHAR_DB_TIMEOUT") or DEFAULT_TIMEOUT)
    except ValueError:
        raise StoreError(f"ATHAR_DB_TIMEOUT={os.environ['ATHAR_DB_TIMEOUT']!r}: expected seconds")


def make_engine(url: str, timeout: float = DEFAULT_TIMEOUT) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # the driver's own BEGIN is replaced, see below
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            _enter_wal(cur, timeout)
            # WAL + NORMAL: a commit is not synced to disk (a power cut may lose the last ones,
            # never corrupt the file); one sync per checkpoint instead of one per article
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            # sorts and DISTINCT counts in memory, not in temporary files: a whole-archive
            # header counts a million ids (9.3 s with files at 1M events, 4.7 s in memory)
            cur.execute("PRAGMA temp_store=MEMORY")
            # and room to sort them in one pass: with the default 2 MB a sort of the ~20,000
            # claims in a 1M archive's 90-day view spills into runs merged again (the Losses
            # page sorts them seven times: 50-90 ms each, 30-50 ms with this); an upper bound
            # per connection, taken only as used
            cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # A writer takes the lock up front: a deferred transaction that read first would
            # fail at its first write if another writer committed meanwhile (SQLITE_BUSY).
            writing = conn.get_execution_options().get("athar_writing")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
    return engine


def _enter_wal(cur: Any, timeout: float) -> None:
    """``PRAGMA journal_mode=WAL``, waiting like any writer: SQLite does not call the busy
    handler for a journal-mode change, so processes opening one new database file at once got
    "database is locked" at once (about one pair in fifteen: two ingests of one folder)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)
