"""The map's layers for the events in view, as folium objects (no Streamlit).

The base map is built separately and stays the same on every rerun; only the FeatureGroup made
here changes, and streamlit-folium swaps it in the browser without remounting the map
(``st_folium(feature_group_to_add=...)``), so scrubbing keeps the user's pan and zoom. Level of
detail comes from :func:`events.query.level_of_detail`. Only core Leaflet and Leaflet.markercluster
are needed; the base map declares the latter so the browser has loaded it before any layer uses it.
"""
from __future__ import annotations

import math
import os
from collections import Counter

import folium
import pandas as pd
from folium.plugins import FastMarkerCluster

from events.model import Event, Place
from events.query import EventTable, event_point, grid_cells, level_of_detail
from events.views import TYPE_GLYPHS, actor_colour, esc, popup_html, tooltip_text

CENTER = (35.0, 38.5)  # Syria
MARKERCLUSTER = "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/"
TILES = {"osm": ("OpenStreetMap", None), "openstreetmap": ("OpenStreetMap", None),
         "carto": ("CartoDB positron", None), "cartodb": ("CartoDB positron", None),
         "none": (None, None)}
PRECISION_RADIUS_M = {2: 15_000, 3: 45_000}  # dashed circle for district / governorate level


def base_map(tiles: str | None = None) -> folium.Map:
    """The constant base map. ``ATHAR_TILES``: ``osm`` (default), ``carto`` or ``none``."""
    choice = (tiles or os.environ.get("ATHAR_TILES") or "osm").strip().casefold()
    name, _ = TILES.get(choice, TILES["osm"])
    m = folium.Map(location=CENTER, zoom_start=6, tiles=name, control_scale=True)
    m.default_js = [*folium.Map.default_js,
                    ("markercluster", MARKERCLUSTER + "leaflet.markercluster.js")]
    m.default_css = [*folium.Map.default_css,
                     ("markercluster_css", MARKERCLUSTER + "MarkerCluster.css"),
                     ("markercluster_default_css", MARKERCLUSTER + "MarkerCluster.Default.css")]
    return m


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


def _marker(group: folium.FeatureGroup, event: Event, row: pd.Series) -> None:
    actor1 = row["actor1"]
    colour = actor_colour(actor1)
    place = row["place"]
    if row["is_route"]:  # "between A and B": the honest location is the route itself
        stops = _route(event)
        folium.PolyLine([(p.lat, p.lon) for p in stops], color=colour, weight=2, opacity=0.6,
                        dash_array="2 6", tooltip=esc(place)).add_to(group)
    radius = PRECISION_RADIUS_M.get(int(row["precision"]))
    if radius and not row["is_route"]:
        folium.Circle((row["lat"], row["lon"]), radius=radius, color=colour, weight=2,
                      dash_array="6 6", fill=True, fill_opacity=0.05,
                      tooltip=esc(f"{place}: location known only to this area")).add_to(group)
    folium.Marker((row["lat"], row["lon"]), icon=_marker_icon(event, colour, not row["dated"]),
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
        for _, row in located.iterrows():
            event = table.events[row["event_id"]]
            if event.event_type == "movement" and len(_route(event)) >= 2:
                continue  # drawn as its line
            _marker(group, event, row)
    elif detail == "cluster":
        FastMarkerCluster(located[["lat", "lon"]].values.tolist()).add_to(group)
    else:
        cells = grid_cells(located)
        top = max(int(cells["count"].max()), 1) if len(cells) else 1
        for c in cells.itertuples():
            folium.Rectangle([(c.south, c.west), (c.north, c.east)], color="#d62728", weight=0,
                             fill=True, fill_opacity=0.15 + 0.7 * c.count / top,
                             tooltip=f"{c.count} events").add_to(group)
    return group


def events_at(frame: pd.DataFrame, lat: float, lon: float, tol: float = 1e-5) -> pd.DataFrame:
    """The events drawn at a clicked point (the map reports only coordinates)."""
    return frame[((frame["lat"] - lat).abs() < tol) & ((frame["lon"] - lon).abs() < tol)]
