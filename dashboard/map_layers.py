"""The map's layers for the events in view, as folium objects (no Streamlit).

The base map (``dashboard.base_map``) stays the same on every rerun; only the FeatureGroup made
here changes, and streamlit-folium swaps it in the browser without remounting the map
(``st_folium(feature_group_to_add=...)``), so scrubbing keeps the user's pan and zoom. Level of
detail comes from :func:`events.query.level_of_detail`. Only core Leaflet and Leaflet.markercluster
are needed; the base map loads both before any layer uses them.
"""
from __future__ import annotations

import math
from collections import Counter

import folium
import pandas as pd
from folium.plugins import FastMarkerCluster

from events.model import Event, Place
from events.query import EventTable, grid_cells, level_of_detail
from dashboard.html import TYPE_GLYPHS, actor_colour, esc, popup_html, tooltip_text

# One clustered event (folium's default icon needs the Awesome Markers plugin from a CDN).
DOT = ("function (row) { return L.circleMarker(new L.LatLng(row[0], row[1]), "
       "{radius: 5, color: '#fff', weight: 1, fillColor: '#d62728', fillOpacity: 0.9}); }")
PRECISION_RADIUS_M = {2: 15_000, 3: 45_000}  # dashed circle for district / governorate level


def _marker_icon(event: Event, colour: str, undated: bool) -> folium.DivIcon:
    glyph = TYPE_GLYPHS.get(event.event_type, "•")
    border = "2px dashed #fff" if undated else "2px solid #fff"
    return folium.DivIcon(
        icon_size=(24, 24), icon_anchor=(12, 12), class_name="athar-marker",
        html=(f'<div data-type="{esc(event.event_type)}" style="width:24px;height:24px;'
              f"border-radius:12px;background:{colour};color:#fff;border:{border};"
              f'text-align:center;line-height:20px;font-size:13px;box-shadow:0 0 3px #000">'
              f"{esc(glyph)}</div>"))


def _arrow_head(origin: Place, dest: Place, colour: str) -> folium.Polygon:
    """A small triangle at the destination pointing along origin -> destination."""
    dy, dx = dest.lat - origin.lat, (dest.lon - origin.lon) * math.cos(math.radians(dest.lat))
    length = math.hypot(dx, dy) or 1.0
    size = min(0.12, length / 4)
    ux, uy = dx / length, dy / length
    coslat = math.cos(math.radians(dest.lat))
    back_lat, back_lon = dest.lat - uy * size, dest.lon - ux * size / coslat
    left = (back_lat + ux * size / 2, back_lon - uy * size / 2 / coslat)
    right = (back_lat - ux * size / 2, back_lon + uy * size / 2 / coslat)
    return folium.Polygon([(dest.lat, dest.lon), left, right], color=colour, weight=1,
                          fill=True, fill_color=colour, fill_opacity=1.0)


def _route(event: Event) -> list[Place]:
    stops = [event.origin, *event.via, event.destination]
    return [p for p in stops if p is not None and p.lat is not None and p.lon is not None]


def _movement(group: folium.FeatureGroup, event: Event, weight: int) -> None:
    stops = _route(event)
    if len(stops) < 2:
        return
    actor1 = next((a.name for a in event.actors if a.role == "actor1"), None)
    colour = actor_colour(actor1)
    dashed = event.modality in ("attempted", "planned", "prevented", "alleged")
    names = " → ".join(p.name for p in stops)
    folium.PolyLine([(p.lat, p.lon) for p in stops], color=colour, weight=2 + weight,
                    opacity=0.85, dash_array="8 6" if dashed else None,
                    tooltip=tooltip_text(event, names),
                    popup=folium.Popup(popup_html(event, names), max_width=400),
                    ).add_to(group)
    _arrow_head(stops[-2], stops[-1], colour).add_to(group)


FAN_DEG = 0.09  # how far co-located markers are fanned out (about 10 px at zoom 7)


def fan_out(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Markers sharing one point are placed on a small circle around it (each keeps a leader
    line to the true point), so none hides another; a lone marker stays where it is."""
    groups: dict[tuple[float, float], list[int]] = {}
    for i, (lat, lon) in enumerate(points):
        groups.setdefault((round(lat, 4), round(lon, 4)), []).append(i)
    out = list(points)
    for members in groups.values():
        if len(members) < 2:
            continue
        for k, i in enumerate(members):
            angle = 2 * math.pi * k / len(members)
            lat, lon = points[i]
            out[i] = (lat + FAN_DEG * math.cos(angle),
                      lon + FAN_DEG * math.sin(angle) / math.cos(math.radians(lat)))
    return out


def _marker(group: folium.FeatureGroup, event: Event, row: pd.Series,
            drawn_at: tuple[float, float]) -> None:
    actor1 = row["actor1"]
    colour = actor_colour(actor1)
    place = row["place"]
    # "between A and B": the honest location is the route itself. A river or a wide region
    # (also UCDP where_prec 5) has no route to draw: it gets the area's dashed circle.
    stops = _route(event) if row["is_route"] else []
    if len(stops) >= 2:
        folium.PolyLine([(p.lat, p.lon) for p in stops], color=colour, weight=2, opacity=0.6,
                        dash_array="2 6", tooltip=esc(place)).add_to(group)
    radius = PRECISION_RADIUS_M.get(int(row["precision"]))
    if radius and len(stops) < 2:
        folium.Circle((row["lat"], row["lon"]), radius=radius, color=colour, weight=2,
                      dash_array="6 6", fill=True, fill_opacity=0.05,
                      tooltip=esc(f"{place}: location known only to this area")).add_to(group)
    if drawn_at != (row["lat"], row["lon"]):  # fanned out: a leader line to the true point
        folium.PolyLine([(row["lat"], row["lon"]), drawn_at], color="#555", weight=1,
                        opacity=0.8).add_to(group)
    folium.Marker(drawn_at, icon=_marker_icon(event, colour, not row["dated"]),
                  tooltip=tooltip_text(event, place),
                  popup=folium.Popup(popup_html(event, place), max_width=400)).add_to(group)


def event_layer(table: EventTable, frame: pd.DataFrame) -> folium.FeatureGroup:
    """Everything in view as one FeatureGroup, at the level of detail its size allows."""
    group = folium.FeatureGroup(name="Events in view")
    located = frame.dropna(subset=["lat", "lon"])
    detail = level_of_detail(len(located))
    moves = [table.events[i] for i in frame.loc[frame["event_type"] == "movement", "event_id"]]
    if detail == "markers":
        per_route = Counter(tuple(p.name for p in _route(e)) for e in moves)
        for e in moves:
            _movement(group, e, min(per_route[tuple(p.name for p in _route(e))], 6))
        points = marker_spots(table, located)
        for _, row in points.iterrows():
            _marker(group, table.events[row["event_id"]], row, (row["x_lat"], row["x_lon"]))
    elif detail == "cluster":
        cluster = FastMarkerCluster(located[["lat", "lon"]].values.tolist(), callback=DOT)
        cluster.default_js = cluster.default_css = []  # the base map loads them, from the app
        cluster.add_to(group)
    else:
        cells = grid_cells(located)
        top = max(int(cells["count"].max()), 1) if len(cells) else 1
        for c in cells.itertuples():
            folium.Rectangle([(c.south, c.west), (c.north, c.east)], color="#d62728", weight=0,
                             fill=True, fill_opacity=0.15 + 0.7 * c.count / top,
                             tooltip=f"{c.count} events").add_to(group)
    return stable_names(group)


def marker_spots(table: EventTable, frame: pd.DataFrame) -> pd.DataFrame:
    """The events drawn as markers (movements with a route are lines) and where each marker
    is drawn (``x_lat``/``x_lon``, after fanning out co-located ones)."""
    located = frame.dropna(subset=["lat", "lon"])
    lines = [i for i in located["event_id"] if table.events[i].event_type == "movement"
             and len(_route(table.events[i])) >= 2]
    points = located[~located["event_id"].isin(lines)].copy()
    spots = fan_out(list(zip(points["lat"], points["lon"])))
    points["x_lat"] = [p[0] for p in spots]
    points["x_lon"] = [p[1] for p in spots]
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


def events_at(table: EventTable, frame: pd.DataFrame, lat: float, lon: float,
              tol: float = 1e-5) -> pd.DataFrame:
    """The event whose marker was clicked (the map reports only the marker's coordinates)."""
    spots = marker_spots(table, frame)
    return spots[((spots["x_lat"] - lat).abs() < tol) & ((spots["x_lon"] - lon).abs() < tol)]
