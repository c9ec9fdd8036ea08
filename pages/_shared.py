"""What every page reads: the cached base table and the current view (set by ``app.py``).

The base table is read-only and large, so it is an ``st.cache_resource`` (no copy per rerun),
keyed by the database URL and a fingerprint of its contents: a new or re-run ingest changes the
fingerprint, and the next rerun sees the new data without restarting the server.
"""
from __future__ import annotations

import os
import runpy
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st
from sqlalchemy import func, select

from events.export import EXPORTERS, MEDIA, table_csv
from events.export_rows import Source
from events.query import EventTable, Filters, build_table
from events.query_sources import search_articles
from events.store import Store, StoredArticle, default_url
from events.store import articles as articles_t
from events.store import events as events_t

ROOT = Path(__file__).resolve().parent.parent
VIEW_KEY = "_athar_view"
PENDING = "_pending"  # widget values requested by callbacks and fragments, applied next run


@dataclass
class View:
    """The sidebar's filters applied to the base table (one per rerun)."""
    table: EventTable
    articles: dict[str, StoredArticle]
    filters: Filters
    frame: pd.DataFrame  # events in view
    claims: pd.DataFrame  # their claims, one row per distinct claim
    url: str = ""  # the database, and its state when read (for cached queries)
    stamp: str = ""


def db_url() -> str:
    return os.environ.get("ATHAR_DB_URL") or default_url()


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    return Store(url)


def fingerprint(url: str) -> str:
    """Cheap (one query) summary of the database that changes whenever an ingest does."""
    with _store(url).engine.connect() as conn:
        n_art, last = conn.execute(select(func.count(), func.max(articles_t.c.ingested_at))).one()
        n_ev = conn.execute(select(func.count()).select_from(events_t)).scalar_one()
    return f"{n_art}:{n_ev}:{last}"


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load(url: str, stamp: str) -> tuple[EventTable, dict[str, StoredArticle]]:
    store = _store(url)
    return build_table(store.events()), {a.article_id: a for a in store.articles()}


@st.cache_data(show_spinner=False, max_entries=64)
def search(url: str, stamp: str, query: str) -> list[str]:
    """Article ids matching a search (cached per database state and query)."""
    return search_articles(_store(url).engine, query)


def set_view(view: View) -> None:
    st.session_state[VIEW_KEY] = view


def view() -> View:
    """The view ``app.py`` computed in this run. Missing only when Streamlit runs a page without
    the entry file: on a fresh server's very first run at a deep link (e.g. a shared
    ``/sources?article=…``), Streamlit is still in legacy ``pages/`` mode until ``st.navigation``
    is first called."""
    if VIEW_KEY not in st.session_state:
        # Run the entry file here: it calls st.navigation (which ends legacy mode) and runs
        # this very page again inside the frame, with the view set; then this outer run stops.
        if st.session_state.get("_athar_bootstrapping"):
            st.error("The dashboard could not start this page; open it from the main page.")
            st.stop()
        st.session_state["_athar_bootstrapping"] = True
        try:
            runpy.run_path(str(ROOT / "app.py"), run_name="__main__")
        finally:
            st.session_state["_athar_bootstrapping"] = False
        st.stop()
    return st.session_state[VIEW_KEY]


def request_window(start: date, end: date) -> None:
    """Ask for a new date window: ``app.py`` applies it at the top of the next run, before the
    slider is drawn (the only moment a widget's value may be set from code)."""
    st.session_state.setdefault(PENDING, {})["window"] = (start, end)


EXPORT_LABELS = {"csv": "ACLED CSV", "ucdp": "UCDP CSV", "geojson": "GeoJSON", "kml": "KML"}


def export_buttons(v: View, key: str) -> None:
    """The events in view, in each format ``python -m events export`` writes (same code).
    Files are built on click; a click does not rerun the page (``on_click="ignore"``): a rerun
    re-registers every button's file and the next click on another one found none."""
    events = v.table.pick(v.frame)
    sources = {a.article_id: Source.of(a) for a in v.articles.values()}
    for col, (fmt, label) in zip(st.columns(len(EXPORT_LABELS)), EXPORT_LABELS.items()):
        ext, mime = MEDIA[fmt]
        col.download_button(label, partial(EXPORTERS[fmt], events, sources),
                            f"athar-events.{ext}", mime, key=f"{key}_{fmt}", on_click="ignore",
                            help=f"The {len(events)} events in view")


def table_download(frame: pd.DataFrame, name: str, key: str) -> None:
    """A table as CSV through the exporters' formula-safe writer (Streamlit's own table
    download is switched off: ``client.disableDataExport``)."""
    st.download_button("Download this table (CSV)", partial(table_csv, frame),
                       f"athar-{name}.csv", "text/csv", key=key, on_click="ignore")
