"""What every page shares: the current view (set by ``app.py``), deep-link start-up, the window
requests of the timeline and play, and the download buttons.

Data comes from ``pages._data``: cached queries that fetch only what a page draws.
"""
from __future__ import annotations

import os
import runpy
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from events.export import MEDIA, table_csv
from events.query import Filters, Options
from events.store import default_url
from pages._data import exporter

ROOT = Path(__file__).resolve().parent.parent
VIEW_KEY = "_athar_view"
PENDING = "_pending"  # widget values requested by callbacks and fragments, applied next run


@dataclass
class View:
    """The sidebar's filters over one database state (one per rerun)."""
    filters: Filters
    options: Options
    summary: dict[str, Any]  # the header's counts for the events in view
    url: str = ""  # the database, and its state when read (the caches' key)
    stamp: str = ""


def db_url() -> str:
    return os.environ.get("ATHAR_DB_URL") or default_url()


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
    n = v.summary["events"]
    for col, (fmt, label) in zip(st.columns(len(EXPORT_LABELS)), EXPORT_LABELS.items()):
        ext, mime = MEDIA[fmt]
        col.download_button(label, exporter(v.url, v.filters, fmt), f"athar-events.{ext}", mime,
                            key=f"{key}_{fmt}", on_click="ignore", help=f"The {n} events in view")


def table_download(frame: pd.DataFrame, name: str, key: str) -> None:
    """A table as CSV through the exporters' formula-safe writer (Streamlit's own table
    download is switched off: ``client.disableDataExport``)."""
    st.download_button("Download this table (CSV)", partial(table_csv, frame),
                       f"athar-{name}.csv", "text/csv", key=key, on_click="ignore")
