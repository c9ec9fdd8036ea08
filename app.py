"""Athar dashboard: the shared frame (navigation, header strip, sidebar filters) around four pages.

The filters live here, in the entry file, so they survive page switches; each is bound to the URL
(``bind="query-params"``) so a filtered view is a shareable link. Pages only lay out what
``events.query*`` computes. Programmatic changes to the date window (play, a box selection on
the timeline: ``pages._shared.request_window``) are applied at the top of the next run, before
the slider exists, which is the only moment Streamlit allows it.
"""
from __future__ import annotations

import time
from datetime import date, timedelta

import streamlit as st
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from streamlit.runtime.pages_manager import PagesManager

from events.countries import country
from events.query import NO_PLACE, PRECISION_LABELS, Filters, Options, default_step, \
    default_window, shift_window
from events.store import StoreError
from pages import _data as data
from pages._shared import PENDING, View, db_url, set_view


def _apply_pending() -> None:
    """Apply widget values requested by callbacks, fragments and pages (see module doc)."""
    for key, value in st.session_state.pop(PENDING, {}).items():
        st.session_state[key] = value


def _step(days: int, bounds: tuple[date, date]) -> None:
    window = st.session_state.get("window", bounds)
    st.session_state["window"] = shift_window(window, days, bounds)


def date_scrubber(opts: Options) -> tuple[date | None, date | None]:
    """Range slider over the current events' days (opening on the last 90 days) + step
    back/forward + play (advances the window each second, from where it starts)."""
    if opts.first_day is None:
        st.caption("No dated events yet.")
        return None, None
    lo, hi = opts.first_day, max(opts.last_day, opts.first_day + timedelta(days=1))
    # The default is given only while the key is unset: step buttons, play and the timeline
    # set it through Session State, and Streamlit warns when a widget gets both.
    if "window" in st.session_state:  # keep a remembered window inside new data's span
        a, b = st.session_state["window"]
        inside = (min(max(a, lo), hi), max(min(b, hi), lo))
        if inside != (a, b):  # write only when needed: each write counts as a change
            st.session_state["window"] = inside
    default = {} if "window" in st.session_state else {"value": default_window(opts)}
    window = st.slider("Date window", min_value=lo, max_value=hi, step=timedelta(days=1),
                       format="YYYY-MM-DD", key="window", bind="query-params", **default,
                       help="An event counts if its date interval overlaps the window.")
    step = int(st.number_input("Step (days)", 1, 365, default_step(opts), key="step"))
    back, fwd = st.columns(2)
    back.button("◀", key="step_back", on_click=_step, args=(-step, (lo, hi)),
                help="Move the window back", width="stretch")
    fwd.button("▶", key="step_fwd", on_click=_step, args=(step, (lo, hi)),
               help="Move the window forward", width="stretch")
    playing = st.toggle("Play", key="play", help="Advance the window by one step a second",
                        on_change=lambda: st.session_state.update(_played=time.monotonic()))
    if playing:
        _player(step, (lo, hi))
    return window


@st.fragment(run_every=1.0)
def _player(step: int, bounds: tuple[date, date]) -> None:
    """Runs with every full run *and* every second. Only the timer's runs advance the window:
    ``_played`` (set when play is switched on and at each step) keeps the full runs — the one
    play's own switch causes, and the one each step causes — from advancing it again at once."""
    now = time.monotonic()
    if not st.session_state.get("play") or now - st.session_state.get("_played", 0) < 0.9:
        return
    st.session_state["_played"] = now
    window = tuple(st.session_state.get("window", bounds))
    if window == tuple(bounds):  # everything in view: play a week-wide window from the start
        window = (bounds[0], min(bounds[0] + timedelta(days=6), bounds[1]))
    new = shift_window(window, step, bounds)
    pending = st.session_state.setdefault(PENDING, {})
    if new == tuple(window):
        pending["play"] = False
    pending["window"] = new
    st.rerun(scope="app")


def country_label(iso2: str) -> str:
    known = country(iso2)
    return f"{known.name} ({iso2})" if known else iso2


def sidebar(opts: Options) -> Filters:
    with st.sidebar:
        st.subheader("Filters")
        start, end = date_scrubber(opts)
        actors = st.multiselect("Actors", list(opts.actors), key="actor", bind="query-params",
                                format_func=lambda a: opts.actors.get(a, a))
        types = st.multiselect("Event types", opts.event_types, key="type", bind="query-params")
        modalities = st.multiselect("Modality", opts.modalities, key="modality",
                                    bind="query-params")
        claimants = st.multiselect("Claimants", opts.claimants, key="claimant",
                                   bind="query-params")
        # labels as options: a bound widget keeps its labels in the link, readable either way
        by_label = {country_label(c): c for c in opts.countries}
        countries = [by_label[c] for c in st.multiselect(
            "Countries", list(by_label), key="country", bind="query-params",
            help="Where the event is drawn")]
        precision = st.selectbox("Location precision at least", list(PRECISION_LABELS),
                                 index=len(PRECISION_LABELS) - 1, key="precision",
                                 format_func=PRECISION_LABELS.get, bind="query-params")
        undated = st.checkbox("Include undated events", value=True, key="undated",
                              bind="query-params",
                              help="Events whose date is unknown are kept in every window.")
        history = st.checkbox("Show history mentioned in passing", value=False,
                              key="background", bind="query-params",
                              help="Past events an article only recalls (\"the 1994 war\"), "
                                   "whatever their date; never counted in the totals.")
    return Filters(start=start, end=end, actors=tuple(actors), event_types=tuple(types),
                   modalities=tuple(modalities), claimants=tuple(claimants),
                   max_precision=int(precision or NO_PLACE), include_undated=undated,
                   include_background=history, countries=tuple(countries))


def header(view: View, killed: str) -> None:
    s = view.summary
    span = (f"{s['first_day']} → {s['last_day']}" if s["first_day"] else "—")
    cols = st.columns([1, 1, 1, 3, 1])
    cols[0].metric("Articles in view", s["articles"])
    cols[1].metric("Incidents in view", s["incidents"],
                   help="Reports of one incident by several articles are one incident.")
    notes = [f"{s['undated']} without a date" if s["undated"] else "",
             f"{s['background']} history mentioned in passing" if s["background"] else ""]
    cols[2].metric("Events in view", s["events"],
                   help="; ".join(n for n in notes if n) or None)
    cols[3].metric("Date span", span)
    cols[4].metric("Killed (claimed)", killed,
                   help="Sum over incidents as a range; the figures of one incident's reports "
                        "are not summed: it adds the span across them (see Losses).")


PAGES = [  # material icons ship with Streamlit: no emoji font needed
    ("pages/map.py", "Map", ":material/map:", None),
    ("pages/timeline.py", "Timeline", ":material/timeline:", "timeline"),
    ("pages/losses.py", "Losses", ":material/bar_chart:", "losses"),
    ("pages/sources.py", "Sources", ":material/article:", "sources"),
]


def main() -> None:
    # A fresh server runs its very first script run in Streamlit's legacy ``pages/`` mode,
    # until st.navigation ends it; widgets made in that run are lost to the next (their ids
    # change with the mode), and so would be the session's first widget change. So that run
    # draws nothing: it only ends legacy mode and reruns, already in st.navigation mode.
    legacy_first_run = bool(PagesManager.uses_pages_directory)
    st.set_page_config(page_title="Athar", page_icon="🗺️", layout="wide")
    # Tables download through Athar's exporter (formula cells neutralised), not Streamlit's own
    st.set_option("client.disableDataExport", True)
    nav = st.navigation([st.Page(path, title=title, icon=icon, url_path=url_path,
                                 default=url_path is None)
                         for path, title, icon, url_path in PAGES])
    if legacy_first_run:
        st.rerun()
    _apply_pending()
    url = db_url()
    stamp = data.fingerprint(url)
    opts = data.filter_options(url, stamp)
    filters = sidebar(opts)
    counts, killed = data.header(url, stamp, filters)
    view = View(filters=filters, options=opts, summary=counts, url=url, stamp=stamp)
    set_view(view)
    header(view, killed)
    nav.run()


def database_problem(e: Exception) -> str:
    """One line for a database the dashboard cannot read (a file that is no database, a
    server that refuses, a URL that is none): what the CLI says, not a traceback."""
    line = str(getattr(e, "orig", None) or e).strip().splitlines() or [type(e).__name__]
    if isinstance(e, StoreError):  # already "database <url>: <problem>", on one line
        return line[0].removeprefix("database ")
    try:
        shown = make_url(db_url()).render_as_string(hide_password=True)
    except ArgumentError:
        shown = db_url()
    return f"{shown}: {line[0][:300]}"


try:
    main()
except (StoreError, SQLAlchemyError) as e:
    st.error(f"Athar cannot read the database {database_problem(e)}", icon=":material/error:")
