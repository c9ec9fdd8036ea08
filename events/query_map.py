"""The map's data: how many events in view have a place, and what to draw for them.

Up to ``MARKER_LIMIT`` located events the page draws each one (with its popup: those events'
JSON is read); up to ``CLUSTER_LIMIT`` it sends bare coordinates the browser clusters; beyond, the
database counts events per point (``GROUP BY lat, lon``: geocoded events sit on gazetteer points)
and the cells of a grid sum those counts, so the browser gets at most ``max_cells`` rectangles
whatever the size of the archive.
"""
from __future__ import annotations

import math
from typing import Any, Callable

import pandas as pd
from sqlalchemy import Engine, func
from sqlalchemy import select as sql_select

from events.model import Event
from events.query import MARKER_LIMIT, Filters, frame_of, in_view, level_of_detail, select
from events.store import events

e = events.c
CENTER = (35.0, 38.5)  # Syria: where an empty map opens


def located_count(engine: Engine, f: Filters) -> int:
    with engine.connect() as conn:
        return conn.execute(sql_select(func.count()).where(in_view(f), e.lat.is_not(None),
                                                           e.lon.is_not(None))).scalar_one()


def marker_rows(engine: Engine, f: Filters, limit: int = MARKER_LIMIT) -> pd.DataFrame:
    """The located events in view, one row each (for markers with popups)."""
    return select(engine, f, limit=limit, where=e.lat.is_not(None) & e.lon.is_not(None))


def one_per_incident(rows: pd.DataFrame) -> pd.DataFrame:
    """Marker rows with one row per incident: its first located event in view stands for it
    (type, actor, place); ``reports`` counts the articles in view that report it and
    ``report_ids`` lists their events, so the marker says "3 reports" and its popup lists them."""
    if rows.empty:
        return rows.assign(reports=pd.Series(dtype="int64"), report_ids=pd.Series(dtype=object))
    key = rows["incident_id"].fillna(rows["event_id"])
    grouped = rows.groupby(key, sort=False)
    first = grouped.head(1).copy()
    first["reports"] = grouped["article_id"].nunique().loc[key[first.index]].to_numpy()
    first["report_ids"] = grouped["event_id"].agg(list).loc[key[first.index]].to_numpy()
    return first.reset_index(drop=True)


def map_view(engine: Engine, f: Filters, load: Callable[[list[str]], dict[str, Event]]
             ) -> dict[str, Any]:
    """What the map draws for a view, at the level of detail its size allows: ``located``,
    ``detail`` and the ``rows`` (one per incident) with their ``events`` (read by ``load``,
    e.g. `Store.events_by_id`), the ``coordinates`` to cluster, or the grid ``cells``."""
    located = located_count(engine, f)
    detail = level_of_detail(located)
    data: dict[str, Any] = {"located": located, "detail": detail}
    if detail == "markers":
        rows = one_per_incident(marker_rows(engine, f))
        data["rows"] = rows
        data["events"] = load([i for ids in rows["report_ids"] for i in ids])
    elif detail == "cluster":
        data["coordinates"] = coordinates(engine, f)
    else:
        data["cells"] = grid_cells(points(engine, f))
    return data


def coordinates(engine: Engine, f: Filters) -> list[list[float]]:
    """``[lat, lon]`` of each located event in view (for client-side clusters)."""
    query = sql_select(e.lat, e.lon).where(in_view(f), e.lat.is_not(None), e.lon.is_not(None))
    with engine.connect() as conn:
        return [[lat, lon] for lat, lon in conn.execute(query)]


def points(engine: Engine, f: Filters) -> pd.DataFrame:
    """Located events in view counted per point: ``lat``, ``lon``, ``count``."""
    query = (sql_select(e.lat, e.lon, func.count().label("count"))
             .where(in_view(f), e.lat.is_not(None), e.lon.is_not(None)).group_by(e.lat, e.lon))
    with engine.connect() as conn:
        return frame_of(conn.execute(query).all(), ["lat", "lon", "count"])


def grid_cells(points: pd.DataFrame, max_cells: int = 500) -> pd.DataFrame:
    """Square cells (degrees) with the number of events in each, the cell size doubling until
    at most ``max_cells`` cells remain. ``points`` has ``lat``, ``lon`` and, optionally, a
    ``count`` per row (one event per row without it)."""
    located = points.dropna(subset=["lat", "lon"])
    weight = located["count"] if "count" in located else pd.Series(1, index=located.index)
    size = 0.05
    while True:
        cells = (located.assign(cy=(located["lat"] // size).astype("int64"),
                                cx=(located["lon"] // size).astype("int64"), n=weight)
                 .groupby(["cy", "cx"])["n"].sum().rename("count").reset_index())
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


def frame_view(points: pd.DataFrame) -> tuple[tuple[float, float], int]:
    """Centre and zoom showing the located events; with ten or more, the outer tenth on each
    side (a statement in Moscow) does not widen it. ``points`` as from `points`."""
    located = points.dropna(subset=["lat", "lon"])
    if located.empty:
        return CENTER, 6
    weight = located["count"] if "count" in located else pd.Series(1, index=located.index)
    q = 0.1 if weight.sum() >= 10 else 0.0
    s, n = _weighted_quantiles(located["lat"], weight, q)
    w, east = _weighted_quantiles(located["lon"], weight, q)
    span = max(n - s, (east - w) / 1.6, 0.5)
    zoom = int(max(3, min(9, math.floor(math.log2(300 / span)))))
    return (float((n + s) / 2), float((east + w) / 2)), zoom


def _weighted_quantiles(values: pd.Series, weight: pd.Series, q: float) -> tuple[float, float]:
    order = values.argsort().to_numpy()
    v, w = values.to_numpy()[order], weight.to_numpy()[order].cumsum()
    total = w[-1]
    lo = v[min((w >= q * total).argmax(), len(v) - 1)] if q else v[0]
    hi = v[min((w >= (1 - q) * total).argmax(), len(v) - 1)] if q else v[-1]
    return float(lo), float(hi)
