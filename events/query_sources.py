"""The Sources page's questions: which articles are in view, and which match a search.

Search is full text over title and body. On SQLite it is an FTS5 index (``articles_fts``) kept
in step with ``articles`` by triggers, so every ingest — the CLI's or anyone's — updates it with
no code of its own; it is created (and filled once) the first time a search needs it, which also
upgrades a database made before it existed. Other databases, or a SQLite built without FTS5,
fall back to ``LIKE`` (slower; substrings, so "convoy" also finds "convoys").
"""
from __future__ import annotations

import re

import pandas as pd
from sqlalchemy import Engine, or_, select, text
from sqlalchemy.exc import OperationalError

from events.store import articles

FTS_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts (article_id, title, text) "
    "VALUES (new.article_id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.article_id; END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.article_id; "
    "INSERT INTO articles_fts (article_id, title, text) "
    "VALUES (new.article_id, new.title, new.text); END",
]


def articles_in_view(frame: pd.DataFrame) -> pd.Series:
    """Article id -> number of its events in view (the sidebar's filters applied)."""
    return frame.groupby("article_id").size()


def words(query: str) -> list[str]:
    """The words of a search box entry; punctuation and FTS operators are not syntax here."""
    return re.findall(r"\w+", query or "")


def fts_query(query: str) -> str:
    """Every word must occur (each quoted, so "AND", "NEAR" or a stray quote stay words)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words(query))


def ensure_search_index(engine: Engine) -> bool:
    """Create the FTS5 index and its triggers if missing; False when FTS5 is unavailable."""
    if engine.dialect.name != "sqlite":
        return False
    try:
        with engine.begin() as conn:
            exists = conn.execute(text(
                "SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'")).first()
            if exists:
                return True
            for ddl in FTS_DDL:
                conn.execute(text(ddl))
            conn.execute(text("INSERT INTO articles_fts (article_id, title, text) "
                              "SELECT article_id, title, text FROM articles"))
    except OperationalError as e:
        if "fts5" in str(e).casefold():
            return False
        raise
    return True


def search_articles(engine: Engine, query: str, limit: int = 500) -> list[str]:
    """Ids of the articles whose title or text holds every word of ``query``, best first
    (FTS5 rank) or by publication date (fallback). An empty query matches nothing."""
    if not words(query):
        return []
    if ensure_search_index(engine):
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT article_id FROM articles_fts WHERE articles_fts MATCH :q "
                "ORDER BY rank LIMIT :n"), {"q": fts_query(query), "n": limit})
            return [r[0] for r in rows]
    condition = [or_(articles.c.title.ilike(f"%{_like(w)}%", escape="\\"),
                     articles.c.text.ilike(f"%{_like(w)}%", escape="\\")) for w in words(query)]
    stmt = (select(articles.c.article_id).where(*condition)
            .order_by(articles.c.published.desc()).limit(limit))
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(stmt)]


def _like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
