"""The Sources page's questions: which articles are in view, and which match a search.

Search is full text over title and body. On SQLite it is an FTS5 index (``articles_fts``, part
of the schema: ``events.schema``) kept in step with ``articles`` by triggers, so every ingest —
the CLI's or anyone's — updates it with no code of its own. Other databases fall back to
``LIKE`` (slower; substrings, so "convoy" also finds "convoys").
"""
from __future__ import annotations

import re

import pandas as pd
from sqlalchemy import Engine, func, or_, select, text
from sqlalchemy import select as sql_select

from events.query import ROW_LIMIT, Filters, in_view
from events.store import articles, events

def articles_in_view(engine: Engine, f: Filters, only: list[str] | None = None,
                     limit: int = ROW_LIMIT) -> pd.DataFrame:
    """The articles with events in view, newest first, at most ``limit`` (or those of ``only``,
    in its order): metadata, events in view and events in all; never their text."""
    in_view_n = (sql_select(events.c.article_id, func.count().label("in_view"))
                 .where(in_view(f)).group_by(events.c.article_id).subquery("v"))
    total = (sql_select(func.count()).where(events.c.article_id == articles.c.article_id)
             .scalar_subquery())
    a = articles.c
    query = (sql_select(a.article_id, a.title, a.outlet, a.published, a.published_is_estimate,
                        a.language, in_view_n.c.in_view, total.label("events"))
             .join_from(articles, in_view_n, in_view_n.c.article_id == a.article_id))
    if only is not None:
        query = query.where(a.article_id.in_(only[:limit]))
    else:
        query = query.order_by(a.published.desc(), a.article_id).limit(limit)
    with engine.connect() as conn:
        frame = pd.DataFrame(conn.execute(query).all(), columns=[
            "article_id", "title", "outlet", "published", "published_is_estimate", "language",
            "in_view", "events"])
    if only is not None:
        order = {aid: i for i, aid in enumerate(only)}
        frame = frame.sort_values("article_id", key=lambda s: s.map(order)).reset_index(drop=True)
    return frame


def words(query: str) -> list[str]:
    """The words of a search box entry; punctuation and FTS operators are not syntax here."""
    return re.findall(r"\w+", query or "")


def fts_query(query: str) -> str:
    """Every word must occur (each quoted, so "AND", "NEAR" or a stray quote stay words)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words(query))


def has_search_index(engine: Engine) -> bool:
    """SQLite stores have the FTS5 index from their schema (``events.schema``); False on other
    databases and on a SQLite built without FTS5."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'")).first() is not None


def search_articles(engine: Engine, query: str, limit: int = 500) -> list[str]:
    """Ids of the articles whose title or text holds every word of ``query``, best first
    (FTS5 rank) or by publication date (fallback). An empty query matches nothing."""
    if not words(query):
        return []
    if has_search_index(engine):
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
