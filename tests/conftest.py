"""Shared fixtures: the repo, a fresh database URL in a temp dir, and the CLI as a subprocess."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEED_ID = "000_52d545aa72dbd2d1"
SEED = ARTICLES / f"{SEED_ID}.txt"
CORPUS = ROOT.parent / "shared" / "corpus"

# Tests never touch the network or the user's database.
os.environ["ATHAR_TILES"] = "none"
os.environ.pop("ATHAR_ONLINE_GEOCODER", None)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'athar.db'}"


@pytest.fixture(scope="session")
def pg_admin():
    """A throwaway PostgreSQL server for the session (see ``tests/pg_server.py``)."""
    from tests import pg_server

    if pg_server.binaries() is None:
        pytest.skip(pg_server.SKIP_REASON)
    with pg_server.server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, tmp_path: Path):
    """``new_db()`` -> the URL of a fresh, empty database: SQLite in a temp dir, then the same
    test again on the PostgreSQL server."""
    counter = iter(range(1000))
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path / f'db{next(counter)}.sqlite'}"
    from tests.pg_server import new_database

    admin = request.getfixturevalue("pg_admin")
    return lambda: new_database(admin)


def run_cli(module: str, *args: str, db_url: str | None = None,
            cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if db_url:
        env["ATHAR_DB_URL"] = db_url
    return subprocess.run([sys.executable, "-m", module, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def cli():
    """``cli("ingest", path, db_url=...)`` runs ``python -m events`` for real."""
    return lambda *args, **kw: run_cli("events", *args, **kw)


def db_dump(db_url: str) -> str:
    """Every row of every table, as SQL text: equal dumps mean an unchanged database."""
    path = db_url.removeprefix("sqlite:///")
    if not Path(path).exists():
        return ""
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def store_with(url: str, found: list, published=None):
    """A real store at ``url`` (``new_db()``: SQLite, then PostgreSQL) holding the events
    ``found``, one article per article id, published ``published`` (2 June 2017 by default)."""
    from datetime import date

    from events.model import Article
    from events.store import Store

    store = Store(url)
    by_article: dict[str, list] = {}
    for event in found:
        by_article.setdefault(event.article_id, []).append(event)
    for article_id, events in by_article.items():
        store.save(Article(article_id, f"text of {article_id} " + "x" * 200,
                           published=published or date(2017, 6, 2)), events, "test")
    return store
