"""The pages' data: the ``events.query*`` functions, cached per database state and filters.

Every function takes the database URL, its fingerprint (``stamp``: a new ingest changes it, so
the next rerun reads fresh data without a restart) and the filters, which together are the cache
key. Caches are bounded (``max_entries``): going back to a recent filter state is instant, and
memory does not grow with the number of states visited. Each page asks only for what it draws.
"""
from __future__ import annotations

from functools import partial
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import func, select

from events import query_incidents as qi
from events import query_losses as ql
from events import query_map as qm
from events import query_timeline as qt
from events.export import EXPORTERS
from events.export_rows import Source
from events.model import Event
from events.query import Filters, Options, event_ids, options, summary
from events.query_losses_view import LossesView, losses_view
from events.query_sources import articles_in_view, search_articles
from events.store import Store, StoredArticle
from events.store import articles as articles_t

PER_STATE = dict(show_spinner=False, max_entries=32)  # recent filter states, per function


@st.cache_resource(show_spinner=False)
def store(url: str) -> Store:
    return Store(url)


def fingerprint(url: str) -> str:
    """A summary of the database that changes whenever an ingest does (indexed: cheap)."""
    with store(url).engine.connect() as conn:
        # two scalar subqueries: max() alone is read at the end of ix_articles_ingested_at
        n_art, last = conn.execute(select(
            select(func.count()).select_from(articles_t).scalar_subquery(),
            select(func.max(articles_t.c.ingested_at)).scalar_subquery())).one()
    return f"{n_art}:{last}"


@st.cache_data(show_spinner="Reading the archive…", max_entries=4)
def filter_options(url: str, stamp: str) -> Options:
    return options(store(url).engine)


@st.cache_data(**PER_STATE)
def header(url: str, stamp: str, f: Filters) -> tuple[dict[str, Any], str]:
    engine = store(url).engine
    return summary(engine, f), ql.killed_claimed(engine, f)


@st.cache_data(show_spinner=False, max_entries=4)
def all_points(url: str, stamp: str) -> pd.DataFrame:
    """Every stored event counted per point: the base map is framed on them."""
    return qm.points(store(url).engine, Filters(include_background=True))


@st.cache_data(**PER_STATE)
def map_data(url: str, stamp: str, f: Filters) -> dict[str, Any]:
    """What the map draws at the level of detail the view's size allows."""
    return qm.map_view(store(url).engine, f, store(url).events_by_id)


@st.cache_data(**PER_STATE)
def view_of(url: str, stamp: str, f: Filters) -> tuple[tuple[float, float], int]:
    """Centre and zoom fitting the located events in view (the map's first load)."""
    return qm.frame_view(qm.points(store(url).engine, f))


@st.cache_data(show_spinner=False, max_entries=256)
def events_by_id(url: str, stamp: str, ids: tuple[str, ...]) -> dict[str, Event]:
    return store(url).events_by_id(list(ids))


@st.cache_data(**PER_STATE)
def timeline(url: str, stamp: str, f: Filters, lane: str, dated: int, limit: int
             ) -> pd.DataFrame:
    engine = store(url).engine
    if dated <= limit:
        return qt.timeline_rows(engine, f, "actor" if lane == "actor" else "type", limit)
    return qt.timeline_counts(engine, f)


@st.cache_data(**PER_STATE)
def listing(url: str, stamp: str, f: Filters) -> pd.DataFrame:
    return qt.listing(store(url).engine, f)


@st.cache_data(**PER_STATE)
def losses(url: str, stamp: str, f: Filters, chosen: tuple[str, ...]) -> LossesView:
    """The categories claimed, a page of distinct claims (of the chosen categories), totals per
    category and per claimant, the incidents with their figures: the claims in view grouped
    once (``events.query_losses_view``)."""
    return losses_view(store(url).engine, f, chosen, sources=True)


@st.cache_data(show_spinner=False, max_entries=64)
def incident(url: str, stamp: str, incident_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One incident's reports (articles in both languages) and its claims matrix."""
    engine = store(url).engine
    found = qi.figures(engine, [incident_id]).get(incident_id, [])
    return qi.incident_sources(engine, incident_id), qi.matrix_frame(found)


@st.cache_data(**PER_STATE)
def sources(url: str, stamp: str, f: Filters, only: tuple[str, ...] | None) -> pd.DataFrame:
    return articles_in_view(store(url).engine, f, None if only is None else list(only))


@st.cache_data(show_spinner=False, max_entries=64)
def search(url: str, stamp: str, query: str) -> list[str]:
    """Article ids matching a search (cached per database state and query)."""
    return search_articles(store(url).engine, query)


@st.cache_data(show_spinner=False, max_entries=4)
def article_count(url: str, stamp: str) -> int:
    return int(stamp.split(":", 1)[0])


@st.cache_data(show_spinner=False, max_entries=16)
def article(url: str, article_id: str) -> StoredArticle | None:
    return store(url).article(article_id)


@st.cache_data(show_spinner=False, max_entries=16)
def article_events(url: str, stamp: str, article_id: str) -> list[Event]:
    return store(url).events(article_id)


def export_file(url: str, f: Filters, fmt: str) -> str:
    """The events in view in one export format, built when the user clicks (not per rerun)."""
    s = store(url)
    found = s.events_by_id(event_ids(s.engine, f))
    chosen = sorted(found.values(), key=lambda e: (e.date_start is None, e.date_start or "",
                                                   e.event_id))
    sources = {a.article_id: Source.of(a)
               for a in s.article_info(sorted({e.article_id for e in chosen}))}
    return EXPORTERS[fmt](chosen, sources)


def exporter(url: str, f: Filters, fmt: str) -> partial[str]:
    return partial(export_file, url, f, fmt)
