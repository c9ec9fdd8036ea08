"""What the dashboard shows: filtering, level of detail and the time axis, free of Streamlit.

Pages are thin views over this module, so every rule an analyst relies on (which events fall in
a date window, how many markers the browser gets, how a timeline is aggregated) is written once
here and unit-tested in ``tests/test_query.py``. Loss totals live in ``events/query_losses.py``.

Dates: an event counts in a window when its interval ``[date_start, date_end]`` overlaps the
window. A missing bound is taken from the other one (a one-sided date is a single day). An event
with no date at all is *undated*: it is never dropped silently — it is kept in every window while
``Filters.include_undated`` is on (the default), drawn on the map with "date unknown", listed
under the timeline (it has no bar) and counted in the losses.

History told in passing (``Event.background``: "the 1994 genocide" in a 2017 article) is not
current news: hidden unless ``Filters.include_background``, never part of the date slider's span
(so one 1979 mention does not stretch it over decades) and, when shown, not held to the date
window (it could never fall inside it). Loss totals never count it (``events.query_losses``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Literal

import pandas as pd

from events.flat import NO_PLACE, event_claimants, event_point, split_claimants  # noqa: F401
from events.model import Event

MARKER_LIMIT = 2_000  # individual markers (with popups) up to here
CLUSTER_LIMIT = 100_000  # FastMarkerCluster / HeatMap up to here; beyond: server-side grid
TIMELINE_LIMIT = 2_000  # interval bars up to here; beyond: counts per day / week
PRECISION_LABELS = {1: "exact place", 2: "near a place / district", 3: "region / governorate",
                    NO_PLACE: "any, including events with no place"}
Detail = Literal["markers", "cluster", "grid"]


@dataclass(frozen=True)
class Filters:
    """The sidebar's choices (and ``python -m events export``'s). Empty tuples mean "no filter";
    ``max_precision`` is the coarsest ACLED geo_precision still shown (1 = exact places only,
    4 = everything incl. no place); a ``bbox`` keeps only events drawn inside it."""
    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    max_precision: int = NO_PLACE
    include_undated: bool = True
    include_background: bool = False
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 of where the event is drawn
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north


@dataclass
class EventTable:
    """The read-only base table: one row per event plus the events themselves by id."""
    frame: pd.DataFrame
    events: dict[str, Event] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.frame)

    def pick(self, frame: pd.DataFrame) -> list[Event]:
        """The contract objects behind (a filtered copy of) the frame, in its order."""
        return [self.events[i] for i in frame["event_id"]]


@dataclass(frozen=True)
class Options:
    """What the filters offer: only values present in the data."""
    actors: dict[str, str]  # canonical name -> label with the Arabic name
    event_types: list[str]
    modalities: list[str]
    claimants: list[str]
    countries: list[str]
    first_day: date | None
    last_day: date | None
    recent_day: date | None = None  # where "recent" ends: the last day, stragglers aside


FRAME_COLUMNS = ["event_id", "article_id", "event_type", "modality", "start", "end", "dated",
                 "actor1", "actors", "claimants", "place", "lat", "lon", "precision", "is_route",
                 "confidence", "evidence", "background", "country"]


def _day(value: str | None) -> pd.Timestamp:
    return pd.Timestamp(value[:10]) if value else pd.NaT


def build_table(events: Iterable[Event]) -> EventTable:
    """Flatten events into the frame every filter works on (built once, cached by the app)."""
    rows, by_id = [], {}
    for e in events:
        by_id[e.event_id] = e
        place, route = event_point(e)
        start, end = _day(e.date_start), _day(e.date_end)
        start = end if pd.isna(start) else start
        end = start if pd.isna(end) else end
        actor1 = next((a.name for a in e.actors if a.role == "actor1"),
                      e.actors[0].name if e.actors else "(unknown actor)")
        rows.append({
            "event_id": e.event_id, "article_id": e.article_id, "event_type": e.event_type,
            "modality": e.modality, "start": start, "end": end, "dated": not pd.isna(start),
            "actor1": actor1, "actors": tuple(dict.fromkeys(a.name for a in e.actors)),
            "claimants": event_claimants(e),
            "place": place.name if place else None,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
            "precision": place.geo_precision if place else NO_PLACE, "is_route": route,
            "confidence": e.confidence,
            "evidence": e.evidence[0].sentence if e.evidence else "",
            "background": bool(e.background),
            "country": (place.country or "").upper() if place else "",
        })
    frame = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    for col in ("start", "end"):
        frame[col] = pd.to_datetime(frame[col])
    frame["lat"] = frame["lat"].astype("float64")
    frame["lon"] = frame["lon"].astype("float64")
    frame = frame.sort_values(["start", "event_id"], na_position="last").reset_index(drop=True)
    return EventTable(frame=frame, events=by_id)


def options(table: EventTable) -> Options:
    f = table.frame
    labels: dict[str, str] = {}
    for e in sorted(table.events.values(), key=lambda e: e.event_id):
        for a in e.actors:
            labels.setdefault(a.name, f"{a.name} — {a.name_ar}" if a.name_ar else a.name)
    claimants = sorted({c for cs in f["claimants"] for c in cs})
    dated = f[f["dated"] & ~f["background"]]  # the slider spans current events only
    return Options(
        actors=dict(sorted(labels.items())),
        event_types=sorted(f["event_type"].unique()),
        modalities=sorted(f["modality"].unique()),
        claimants=claimants,
        countries=sorted(c for c in f["country"].unique() if c),
        first_day=dated["start"].min().date() if len(dated) else None,
        last_day=dated["end"].max().date() if len(dated) else None,
        recent_day=dated["end"].quantile(RECENT_QUANTILE, interpolation="higher").date()
        if len(dated) else None,
    )


def overlaps(frame: pd.DataFrame, start: date | None, end: date | None,
             include_undated: bool = True) -> pd.Series:
    """Mask of rows whose ``[start, end]`` overlaps the window (open on a missing side)."""
    mask = pd.Series(True, index=frame.index)
    if start is not None:
        mask &= frame["end"] >= pd.Timestamp(start)
    if end is not None:
        mask &= frame["start"] <= pd.Timestamp(end)
    undated = ~frame["dated"]
    return (mask & ~undated) | (undated & include_undated)


def _any_in(column: pd.Series, wanted: tuple[str, ...]) -> pd.Series:
    chosen = set(wanted)
    return column.map(lambda values: bool(chosen.intersection(values)))


def select(table: EventTable, filters: Filters) -> pd.DataFrame:
    """The events in view: all filters combined with AND, each a no-op when empty."""
    f = table.frame
    mask = overlaps(f, filters.start, filters.end, filters.include_undated)
    mask = (mask & ~f["background"]) | (f["background"] & filters.include_background)
    if filters.actors:
        mask &= _any_in(f["actors"], filters.actors)
    if filters.event_types:
        mask &= f["event_type"].isin(filters.event_types)
    if filters.modalities:
        mask &= f["modality"].isin(filters.modalities)
    if filters.claimants:
        mask &= _any_in(f["claimants"], filters.claimants)
    if filters.max_precision < NO_PLACE:
        mask &= f["precision"] <= filters.max_precision
    if filters.countries:
        mask &= f["country"].isin([c.upper() for c in filters.countries])
    if filters.bbox is not None:
        west, south, east, north = filters.bbox
        mask &= f["lat"].between(south, north) & f["lon"].between(west, east)
    return f[mask]


def level_of_detail(n: int) -> Detail:
    """How many things the browser can take: markers with popups, then client-side clusters
    from bare coordinates, then cells aggregated here (see the measured limits in the docs)."""
    if n <= MARKER_LIMIT:
        return "markers"
    if n <= CLUSTER_LIMIT:
        return "cluster"
    return "grid"


def grid_cells(frame: pd.DataFrame, max_cells: int = MARKER_LIMIT) -> pd.DataFrame:
    """Server-side aggregation for very large views: square cells (degrees) with a count,
    the cell size doubling until at most ``max_cells`` cells remain."""
    located = frame.dropna(subset=["lat", "lon"])
    size = 0.05
    while True:
        cells = (located.assign(cy=(located["lat"] // size).astype("int64"),
                                cx=(located["lon"] // size).astype("int64"))
                 .groupby(["cy", "cx"]).size().rename("count").reset_index())
        if len(cells) <= max_cells or size >= 90:
            break
        size *= 2
    cells["south"] = cells["cy"] * size
    cells["west"] = cells["cx"] * size
    cells["north"] = cells["south"] + size
    cells["east"] = cells["west"] + size
    cells["lat"] = cells["south"] + size / 2
    cells["lon"] = cells["west"] + size / 2
    cells.attrs["cell_deg"] = size
    return cells[["lat", "lon", "south", "west", "north", "east", "count"]]


def timeline_rows(frame: pd.DataFrame, lane: Literal["actor", "type"] = "actor") -> pd.DataFrame:
    """Interval bars for ``px.timeline``: dated events only, ``finish`` one day after the last
    day so a single-day event is visible; undated events are listed apart by the page."""
    dated = frame[frame["dated"]]
    return pd.DataFrame({
        "event_id": dated["event_id"], "lane": dated["actor1" if lane == "actor" else "event_type"],
        "event_type": dated["event_type"], "start": dated["start"],
        "finish": dated["end"] + pd.Timedelta(days=1), "place": dated["place"].fillna("—"),
        "modality": dated["modality"], "evidence": dated["evidence"],
    })


def timeline_counts(frame: pd.DataFrame, freq: Literal["D", "W"] | None = None) -> pd.DataFrame:
    """Counts per day (or week, for spans over ~6 months) and type, each event counted on the
    day it starts: the aggregated timeline for views with more than ``TIMELINE_LIMIT`` events."""
    dated = frame[frame["dated"]]
    if freq is None:
        span = (dated["end"].max() - dated["start"].min()) if len(dated) else pd.Timedelta(0)
        freq = "W" if span > pd.Timedelta(days=180) else "D"
    period = dated["start"].dt.to_period(freq).dt.start_time
    out = (dated.assign(period=period).groupby(["period", "event_type"]).size()
           .rename("events").reset_index())
    out.attrs["freq"] = freq
    return out


DEFAULT_WINDOW_DAYS = 90
# The latest 1% of event dates do not decide where "recent" ends: one article dated months
# after the rest (or a "next year" read as a date) would open the dashboard on nothing.
RECENT_QUANTILE = 0.99


def default_window(opts: Options) -> tuple[date, date]:
    """The window a fresh dashboard opens on: the last 90 days of data (all of it if less),
    ending at ``Options.recent_day``."""
    assert opts.first_day is not None and opts.last_day is not None
    end = opts.recent_day or opts.last_day
    return max(opts.first_day, end - timedelta(days=DEFAULT_WINDOW_DAYS - 1)), end


def default_step(opts: Options) -> int:
    """Step buttons and play move by a day, or by a week when the data span over a year."""
    if opts.first_day is None or opts.last_day is None:
        return 1
    return 7 if (opts.last_day - opts.first_day).days > 365 else 1


def shift_window(window: tuple[date, date], days: int, bounds: tuple[date, date]
                 ) -> tuple[date, date]:
    """Move the window by ``days`` keeping its width, clamped to the data's span (the
    scrubber's step buttons and its "play")."""
    lo, hi = bounds
    start, end = window
    width = end - start
    new_start = min(max(start + timedelta(days=days), lo), max(hi - width, lo))
    return new_start, min(new_start + width, hi)


def summary(table: EventTable, frame: pd.DataFrame) -> dict[str, object]:
    """The header strip's numbers for the events in view (history mentioned in passing is
    counted apart and left out of the date span)."""
    dated = frame[frame["dated"] & ~frame["background"]]
    return {
        "events": len(frame),
        "articles": frame["article_id"].nunique(),
        "undated": int((~frame["dated"]).sum()),
        "background": int(frame["background"].sum()),
        "first_day": dated["start"].min().date() if len(dated) else None,
        "last_day": dated["end"].max().date() if len(dated) else None,
    }
