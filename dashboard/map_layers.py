"""The map's layers for the events in view, as folium objects (no Streamlit).

The base map (``dashboard.base_map``) stays the same on every rerun; only the FeatureGroup made
here changes, and streamlit-folium swaps it in the browser without remounting the map
(``st_folium(feature_group_to_add=...)``), so scrubbing keeps the user's pan and zoom. Level of
detail comes from :func:`events.query.level_of_detail`: markers (`event_layer`, from the rows and
events ``events.query_map`` reads), client-side clusters (`cluster_layer`) or grid cells
(`grid_layer`). Markers, areas, routes and cells are one GeoJSON layer each
(``dashboard.map_geojson``: folium's per-element rendering cost a second a rerun). Only core
Leaflet and Leaflet.markercluster are needed; the base map loads both before any layer uses them.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any

import folium
import pandas as pd
from folium.plugins import FastMarkerCluster

from events.model import Event, Place
from dashboard.html import actor_colour, esc, popup_html, tooltip_text
from dashboard.icons import icon_svg
from dashboard.map_geojson import Feature, GeoJsonLayer, line, point, polygon

# One clustered event (folium's default icon needs the Awesome Markers plugin from a CDN).
DOT = ("function (row) { return L.circleMarker(new L.LatLng(row[0], row[1]), "
       "{radius: 5, color: '#fff', weight: 1, fillColor: '#d62728', fillOpacity: 0.9}); }")
PRECISION_RADIUS_M = {2: 15_000, 3: 45_000}  # dashed circle for district / governorate level


def _marker_icon(event: Event, colour: str, undated: bool, reports: int = 1) -> str:
    """The type's icon; an incident told by several articles carries their number."""
    border = "2px dashed #fff" if undated else "2px solid #fff"
    badge = (f'<span data-reports="{reports}" style="position:absolute;top:-8px;right:-10px;'
             "background:#222;color:#fff;border-radius:8px;padding:0 4px;"
             f'font:bold 10px/14px sans-serif">{reports}</span>') if reports > 1 else ""
    return (f'<div data-type="{esc(event.event_type)}" data-count="1" style="position:relative;'
            f"width:24px;height:24px;border-radius:12px;background:{colour};border:{border};"
            f'display:flex;align-items:center;justify-content:center;box-shadow:0 0 3px #000">'
            f"{icon_svg(event.event_type, '#fff', 13)}{badge}</div>")


def incident_popup(reports: list[Event], place: str | None) -> str:
    """One incident's popup: its report's, or each of its reports' one under the other."""
    if len(reports) == 1:
        return popup_html(reports[0], place)
    head = (f"<b>{len(reports)} reports of one incident</b> (their figures side by side, "
            "never summed)<hr style='margin:6px 0'>")
    return head + "<hr style='margin:6px 0'>".join(popup_html(e, place) for e in reports)


def _count_icon(events: list[Event]) -> tuple[str, int]:
    """Several incidents at one point: one marker with their number (HTML, size in px)."""
    n = len(events)
    size = 26 if n < 10 else 30 if n < 100 else 36
    types = " ".join(sorted({e.event_type for e in events}))
    return (f'<div data-type="several" data-types="{esc(types)}" data-count="{n}" '
            f"style=\"width:{size}px;height:{size}px;border-radius:{size // 2}px;"
            f"background:#444;color:#fff;border:2px solid #fff;text-align:center;"
            f"line-height:{size - 4}px;font:bold 12px sans-serif;box-shadow:0 0 3px #000\">"
            f"{n}</div>"), size


def _arrow_head(origin: Place, dest: Place, colour: str) -> Feature:
    """A small triangle at the destination pointing along origin -> destination."""
    dy, dx = dest.lat - origin.lat, (dest.lon - origin.lon) * math.cos(math.radians(dest.lat))
    length = math.hypot(dx, dy) or 1.0
    size = min(0.12, length / 4)
    ux, uy = dx / length, dy / length
    coslat = math.cos(math.radians(dest.lat))
    back_lat, back_lon = dest.lat - uy * size, dest.lon - ux * size / coslat
    left = (back_lat + ux * size / 2, back_lon - uy * size / 2 / coslat)
    right = (back_lat - ux * size / 2, back_lon + uy * size / 2 / coslat)
    return polygon([(dest.lat, dest.lon), left, right],
                   style={"color": colour, "weight": 1, "fill": True, "fillColor": colour,
                          "fillOpacity": 1.0})


def _route(event: Event) -> list[Place]:
    stops = [event.origin, *event.via, event.destination]
    return [p for p in stops if p is not None and p.lat is not None and p.lon is not None]


def _movement(out: list[Feature], event: Event, weight: int) -> None:
    stops = _route(event)
    if len(stops) < 2:
        return
    actor1 = next((a.name for a in event.actors if a.role == "actor1"), None)
    colour = actor_colour(actor1)
    dashed = event.modality in ("attempted", "planned", "prevented", "alleged")
    names = " → ".join(p.name for p in stops)
    style = {"color": colour, "weight": 2 + weight, "opacity": 0.85}
    if dashed:
        style["dashArray"] = "8 6"
    out.append(line([(p.lat, p.lon) for p in stops], style=style,
                    tip=tooltip_text(event, names), pop=popup_html(event, names)))
    out.append(_arrow_head(stops[-2], stops[-1], colour))


POPUP_EVENTS = 25  # a popup lists this many events of one place; the cards below list all


def _area(out: list[Feature], event: Event, row: Any, drawn: set) -> None:
    """How far the place is known: "between A and B" draws the route itself; a district or a
    governorate (or a river, a wide region: no route) gets a dashed circle, once per place."""
    colour = actor_colour(row.actor1)
    stops = _route(event) if row.is_route else []
    if len(stops) >= 2:
        out.append(line([(p.lat, p.lon) for p in stops], tip=esc(row.place),
                        style={"color": colour, "weight": 2, "opacity": 0.6,
                               "dashArray": "2 6"}))
        return
    radius = PRECISION_RADIUS_M.get(int(row.precision))
    if radius and (row.x_lat, row.x_lon, radius) not in drawn:
        drawn.add((row.x_lat, row.x_lon, radius))
        out.append(point(row.lat, row.lon, radius=radius,
                         tip=esc(f"{row.place}: location known only to this area"),
                         style={"color": colour, "weight": 2, "dashArray": "6 6",
                                "fill": True, "fillOpacity": 0.05}))


def _reports(row: Any, by_id: dict[str, Event]) -> list[Event]:
    """The reports of the incident a row stands for (``events.query_map.one_per_incident``)."""
    ids = getattr(row, "report_ids", None) or [row.event_id]
    return [by_id[i] for i in ids if i in by_id] or [by_id[row.event_id]]


def _place_marker(out: list[Feature], events: list[Event], rows: list[Any],
                  by_id: dict[str, Event]) -> None:
    """One marker per place: the incident's own (badged with its number of reports), or a
    count listing every incident there; a popup lists each incident's reports."""
    first = rows[0]
    place = first.place
    if len(events) == 1:
        reports = int(getattr(first, "reports", 1))
        out.append(point(first.lat, first.lon, size=24,
                         icon=_marker_icon(events[0], actor_colour(first.actor1),
                                           not first.dated, reports),
                         tip=tooltip_text(events[0], place)
                         + (f" · {reports} reports" if reports > 1 else ""),
                         pop=incident_popup(_reports(first, by_id), place)))
        return
    shown = "<hr style='margin:6px 0'>".join(
        incident_popup(_reports(row, by_id), place) for row in rows[:POPUP_EVENTS])
    more = len(events) - POPUP_EVENTS
    listing = (f'<div style="max-height:340px;overflow:auto"><b>{len(events)} incidents at '
               f"{esc(place)}</b><hr style='margin:6px 0'>{shown}"
               + (f"<p><i>and {more} more: see the cards below the map</i></p>" if more > 0
                  else "") + "</div>")
    icon, size = _count_icon(events)
    out.append(point(first.lat, first.lon, icon=icon, size=size,
                     tip=esc(f"{len(events)} incidents at {place}"), pop=listing))


def event_layer(rows: pd.DataFrame, events: dict[str, Event]) -> folium.FeatureGroup:
    """Each located incident in view (``rows``: ``events.query_map.marker_rows``, one row per
    incident with ``one_per_incident``) on its place's marker, movements as arrows along their
    routes: one GeoJSON layer (``dashboard.map_geojson``)."""
    out: list[Feature] = []
    moves = [events[i] for i in rows.loc[rows["event_type"] == "movement", "event_id"]
             if i in events]
    per_route = Counter(tuple(p.name for p in _route(e)) for e in moves)
    for e in moves:
        _movement(out, e, min(per_route[tuple(p.name for p in _route(e))], 6))
    points = marker_spots(rows, events)
    drawn: set = set()
    spots = list(points.itertuples(index=False))
    for row in spots:
        _area(out, events[row.event_id], row, drawn)
    at_place: dict[tuple[float, float], list[Any]] = {}
    for row in spots:
        at_place.setdefault((row.x_lat, row.x_lon), []).append(row)
    for here in at_place.values():
        _place_marker(out, [events[r.event_id] for r in here], here, events)
    group = folium.FeatureGroup(name="Events in view")
    GeoJsonLayer(out).add_to(group)
    return stable_names(group)


def cluster_layer(coordinates: list[list[float]]) -> folium.FeatureGroup:
    """Bare coordinates the browser clusters (no popups: too many to carry)."""
    group = folium.FeatureGroup(name="Events in view")
    cluster = FastMarkerCluster(coordinates, callback=DOT)
    cluster.default_js = cluster.default_css = []  # the base map loads them, from the app
    cluster.add_to(group)
    return stable_names(group)


def grid_layer(cells: pd.DataFrame) -> folium.FeatureGroup:
    """Grid cells (``events.query_map.grid_cells``) shaded by their number of events."""
    top = max(int(cells["count"].max()), 1) if len(cells) else 1
    out = [polygon([(c.south, c.west), (c.south, c.east), (c.north, c.east), (c.north, c.west)],
                   tip=f"{c.count} events",
                   style={"color": "#d62728", "weight": 0, "fill": True,
                          "fillOpacity": round(0.15 + 0.7 * c.count / top, 3)})
           for c in cells.itertuples()]
    group = folium.FeatureGroup(name="Events in view")
    GeoJsonLayer(out).add_to(group)
    return stable_names(group)


def marker_spots(rows: pd.DataFrame, events: dict[str, Event]) -> pd.DataFrame:
    """The events drawn as markers (movements with a route are lines) and the point of their
    marker (``x_lat``/``x_lon``: events at one place, to ~10 m, share one marker)."""
    located = rows.dropna(subset=["lat", "lon"])
    lines = [i for i in located["event_id"] if i in events
             and events[i].event_type == "movement" and len(_route(events[i])) >= 2]
    points = located[~located["event_id"].isin(lines) & located["event_id"].isin(events)].copy()
    points["x_lat"] = points["lat"].round(4)
    points["x_lon"] = points["lon"].round(4)
    return points


def stable_names(root: folium.Element) -> folium.Element:
    """Give every element of the layer a name that depends only on its position, not on a
    random uuid: the same events then give byte-identical JavaScript, and streamlit-folium
    leaves the layer alone on reruns that change nothing on the map (a click's rerun would
    otherwise redraw the layer and close the popup the user just opened)."""
    counter = iter(range(10**9))

    def rename(element: folium.Element) -> None:
        element._id = f"athar{next(counter):06d}"
        children = list(element._children.values())
        for child in children:
            rename(child)
        # templates use the _children keys as variable names: re-key them too
        element._children = type(element._children)((c.get_name(), c) for c in children)
        # a Popup keeps its content in .html / .script containers, outside _children
        for inner in (getattr(element, "html", None), getattr(element, "script", None)):
            if isinstance(inner, folium.Element):
                rename(inner)

    rename(root)
    return root


def events_at(rows: pd.DataFrame, events: dict[str, Event], lat: float, lon: float,
              tol: float = 1e-5) -> pd.DataFrame:
    """The events whose marker was clicked (the map reports only the marker's coordinates)."""
    spots = marker_spots(rows, events)
    return spots[((spots["x_lat"] - lat).abs() < tol) & ((spots["x_lon"] - lon).abs() < tol)]
