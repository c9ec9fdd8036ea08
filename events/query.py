"""What the dashboard shows, as SQL over the store's flat columns — free of Streamlit.

Pages are thin views over this module and its siblings (``query_map``, ``query_timeline``,
``query_losses``, ``query_sources``): each asks the database for what it draws (a count, a page
of rows, an aggregate), never for every event, so a view costs the same at 10 thousand events
as at a million. Every rule an analyst relies on is written once, as a condition in `in_view`,
and unit-tested against a real database in ``tests/test_query.py``.

Dates: an event counts in a window when its interval ``[first_day, last_day]`` overlaps the
window (a missing side of the date is taken from the other: a one-sided date is a single day).
An event with no date at all is *undated*: it is never dropped silently — it is kept in every
window while ``Filters.include_undated`` is on (the default), drawn on the map with "date
unknown", listed under the timeline (it has no bar) and counted in the losses.

History told in passing (``Event.background``: "the 1994 genocide" in a 2017 article) is not
current news: hidden unless ``Filters.include_background``, never part of the date slider's span
and, when shown, not held to the date window (it could never fall inside it). Loss totals never
count it (``events.query_losses``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

import pandas as pd
from sqlalchemy import Engine, and_, case, exists, false, func, or_, true
from sqlalchemy import select as sql_select
from sqlalchemy.sql.elements import ColumnElement

from events.flat import NO_PLACE
from events.store import actors, claimants, events

MARKER_LIMIT = 2_000  # individual markers (with popups) up to here
CLUSTER_LIMIT = 20_000  # client-side clusters of bare coordinates up to here; beyond: grid cells
TIMELINE_LIMIT = 2_000  # interval bars up to here; beyond: counts per day / week
ROW_LIMIT = 1_000  # rows a page lists at most (the rest: narrow the filters, or export)
PRECISION_LABELS = {1: "exact place", 2: "near a place / district", 3: "region / governorate",
                    NO_PLACE: "any, including events with no place"}
Detail = Literal["markers", "cluster", "grid"]
e = events.c

# The flat columns a page gets for each event in view; "dated" is derived.
ROW_COLUMNS = [e.event_id, e.article_id, e.event_type, e.modality, e.first_day.label("start"),
               e.last_day.label("end"), e.actor1, e.place, e.lat, e.lon, e.precision,
               e.is_route, e.confidence, e.background, e.country, e.incident_id]


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


def in_view(f: Filters) -> ColumnElement[bool]:
    """The SQL condition for "this event is in view": all filters combined with AND, each a
    no-op when empty. Every column it reads is indexed."""
    every_day = f.start is None and f.end is None and f.include_undated
    if every_day and f.include_background:
        # everything: no condition, so a query reads the index that answers it alone (the
        # base map's framing groups every point: ix_events_point, not a million rows)
        cond: list[ColumnElement[bool]] = [true()]
    elif every_day:
        # every day is in view: read the table, not the day index row by row (a million
        # events: 1 s instead of 9); the flat column is never NULL (events.flat)
        cond = [e.background.is_not(True)]
    else:
        cond = [_when(f, e)]
    if f.actors:
        cond.append(_named_actors(f) if _narrow(f) else _named(actors, f.actors, False))
    if f.claimants:
        cond.append(_named(claimants, f.claimants, _narrow(f)))
    if f.event_types:
        cond.append(e.event_type.in_(f.event_types))
    if f.modalities:
        cond.append(e.modality.in_(f.modalities))
    if f.max_precision < NO_PLACE:
        cond.append(e.precision <= f.max_precision)
    if f.countries:
        cond.append(e.country.in_([c.upper() for c in f.countries]))
    if f.bbox is not None:
        west, south, east, north = f.bbox
        cond.append(and_(e.lat.between(south, north), e.lon.between(west, east)))
    return and_(*cond)


def _when(f: Filters, c: Any) -> ColumnElement[bool]:
    """The date window and history conditions of ``in_view`` on columns ``c`` (``background``,
    ``last_day``, ``first_day``): the events' own, or an actor row's copy of its event's."""
    window: list[ColumnElement[bool]] = [c.last_day.is_not(None)]
    if f.start is not None:
        window.append(c.last_day >= f.start)
    if f.end is not None:
        window.append(c.first_day <= f.end)
    dated = and_(*window)  # indexed: ix_events_days (see events.schema)
    in_time = or_(dated, c.last_day.is_(None)) if f.include_undated else dated
    current = and_(c.background == false(), in_time)
    return or_(current, c.background == true()) if f.include_background else current


NARROW_WINDOW_DAYS = 366


def _narrow(f: Filters) -> bool:
    """A date window of at most a year: it holds fewer events than any actor has."""
    return (f.start is not None and f.end is not None
            and (f.end - f.start).days <= NARROW_WINDOW_DAYS)


def _named(table: Any, names: tuple[str, ...], narrow: bool) -> ColumnElement[bool]:
    """The event has one of these names in ``table`` (actors, claimants). Two forms of one
    condition, for the planner: in a narrow window each event in view is checked
    (ix_actors_event_name: at 1M events, 34,000 checks instead of looking up the 100,000 events
    of an actor); over the archive the actor's events are read first (1M checks took 8 s).
    Actors in a narrow window take a third form since schema 9 (`_named_actors`); claimants
    still take the first."""
    if narrow:
        return exists().where(table.c.event_id == e.event_id, table.c.name.in_(names))
    return e.event_id.in_(sql_select(table.c.event_id).where(table.c.name.in_(names)))


def _named_actors(f: Filters) -> ColumnElement[bool]:
    """The event names one of ``f.actors``, in a narrow window: the actor's events in the same
    window are listed from ix_actors_view (its rows carry their event's days and history flag),
    a few thousand at 1M events, and each event in view is checked against that list in memory
    instead of in ix_actors_event_name (34,000 lookups in two million rows: ~240 ms)."""
    a = actors.c
    return e.event_id.in_(sql_select(a.event_id).where(a.name.in_(f.actors), _when(f, a)))


def frame_of(rows: list[Any], columns: list[str]) -> pd.DataFrame:
    """Rows as a frame with real dates (``start``/``end``) and a ``dated`` flag."""
    frame = pd.DataFrame(rows, columns=columns)
    for col in ("start", "end"):
        if col in frame:
            frame[col] = pd.to_datetime(frame[col])
    if "start" in frame:
        frame["dated"] = frame["start"].notna()
    for col in ("lat", "lon"):
        if col in frame:
            frame[col] = frame[col].astype("float64")
    for col in ("is_route", "background"):
        if col in frame:
            frame[col] = frame[col].fillna(False).astype(bool)
    return frame


def select(engine: Engine, f: Filters, limit: int | None = None,
           where: ColumnElement[bool] | None = None) -> pd.DataFrame:
    """The events in view as flat rows, by date (undated last), at most ``limit`` of them."""
    query = (sql_select(*ROW_COLUMNS).where(in_view(f))
             .order_by(e.first_day.is_(None), e.first_day, e.event_id).limit(limit))
    if where is not None:
        query = query.where(where)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return frame_of(rows, [c.name for c in ROW_COLUMNS])


def event_ids(engine: Engine, f: Filters) -> list[str]:
    """Ids of the events in view (for exports: the events themselves are read by id)."""
    query = sql_select(e.event_id).where(in_view(f)).order_by(e.first_day.is_(None),
                                                               e.first_day, e.event_id)
    with engine.connect() as conn:
        return list(conn.execute(query).scalars())


def options(engine: Engine) -> Options:
    """The filters' choices and the slider's span (current events only: one 1979 mention must
    not stretch it over decades)."""
    with engine.connect() as conn:
        labels = {name: f"{name} — {ar}" if ar else name
                  for name, ar in conn.execute(_actor_names())}

        def distinct(column: Any) -> list[str]:
            return [v for v in conn.execute(sql_select(column).distinct()).scalars() if v]
        current = and_(e.background == false(), e.last_day.is_not(None))
        # one pass over the current events for both (a million index entries each at 1M)
        first, n = conn.execute(sql_select(func.min(e.first_day), func.count())
                                .where(current)).one()
        n = n or 0
        latest = sql_select(e.last_day).where(current).order_by(e.last_day.desc()).limit(1)
        last = conn.execute(latest).scalar()
        # RECENT_QUANTILE of the end days, as pandas' quantile(interpolation="higher")
        stragglers = (n - 1) - math.ceil(RECENT_QUANTILE * (n - 1)) if n else 0
        recent = conn.execute(latest.offset(stragglers)).scalar() if n else None
        return Options(actors=labels, event_types=sorted(distinct(e.event_type)),
                       modalities=sorted(distinct(e.modality)),
                       claimants=sorted(distinct(claimants.c.name)),
                       countries=sorted(distinct(e.country)), first_day=_as_date(first),
                       last_day=_as_date(last), recent_day=_as_date(recent))


def _actor_names() -> Any:
    """Each actor's name with its least Arabic name, by name: one seek per name in
    ix_actors_name_ar (``WITH RECURSIVE``: the next name after the last one) instead of
    grouping every actor row (two million at 1M events: ~0.45 s of each start-up)."""
    a = actors.c
    names = sql_select(func.min(a.name).label("name")).cte("names", recursive=True)
    following = sql_select(func.min(a.name)).where(a.name > names.c.name).scalar_subquery()
    names = names.union_all(sql_select(following).where(names.c.name.is_not(None)))
    arabic = sql_select(func.min(a.name_ar)).where(a.name == names.c.name).scalar_subquery()
    return sql_select(names.c.name, arabic).where(names.c.name.is_not(None))


def summary(engine: Engine, f: Filters) -> dict[str, Any]:
    """The header strip's numbers for the events in view (history mentioned in passing is
    counted apart and left out of the date span); ``incidents`` counts what they report (one
    incident told by three articles is three events, one incident)."""
    current_day = case((e.background == false(), e.first_day))
    current_end = case((e.background == false(), e.last_day))
    query = sql_select(
        func.count(), func.count(e.article_id.distinct()), func.count(e.incident_id.distinct()),
        func.coalesce(func.sum(case((e.first_day.is_(None), 1), else_=0)), 0),
        func.coalesce(func.sum(case((e.background == true(), 1), else_=0)), 0),
        func.min(current_day), func.max(current_end),
    ).where(in_view(f))
    with engine.connect() as conn:
        n, articles, incidents, undated, background, first, last = conn.execute(query).one()
    return {"events": n, "articles": articles, "incidents": incidents, "undated": int(undated),
            "background": int(background), "first_day": _as_date(first),
            "last_day": _as_date(last)}


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])  # SQLite's min() of a DATE column is text


def level_of_detail(n: int) -> Detail:
    """How many things the browser can take: markers with popups, then client-side clusters
    from bare coordinates, then cells aggregated by the database (see docs/benchmarks.md)."""
    if n <= MARKER_LIMIT:
        return "markers"
    if n <= CLUSTER_LIMIT:
        return "cluster"
    return "grid"


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


__all__ = ["CLUSTER_LIMIT", "MARKER_LIMIT", "NO_PLACE", "PRECISION_LABELS", "ROW_LIMIT",
           "TIMELINE_LIMIT", "Filters", "Options", "default_step", "default_window",
           "event_ids", "frame_of", "in_view", "level_of_detail", "options",
           "select", "shift_window", "summary"]
