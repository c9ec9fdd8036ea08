"""The constant base map: Leaflet served by the app itself, and a basemap that needs no network.

Everything the browser loads for the map comes from Streamlit's static serving
(``server.enableStaticServing`` in ``.streamlit/config.toml``, files under ``static/``):
Leaflet, Leaflet.markercluster and jQuery (folium's popups parse their HTML with it), npm
packages ``make`` installs into ``static/node_modules``; and, with tiles off, the bundled
Natural Earth borders (``static/basemap/mena.json``, built by ``dashboard.basemap_build``) with
the gazetteer's towns as labels. folium's other defaults (Bootstrap, Font Awesome, from CDNs)
are not loaded at all: Athar's markers are plain DivIcons.

Tiles (``ATHAR_TILES=osm`` or ``carto``) are an option for users online; the default is the
bundled basemap, so a fresh install shows a map without asking anything of the network.
"""
from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

import folium
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from events.query_map import CENTER, frame_view

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
# streamlit-folium draws the map in an iframe at /component/<name>/index.html: relative URLs
# reach the app's /app/static/ from there, under any server.baseUrlPath.
ASSETS_URL = "../../app/static/"
LEAFLET = "node_modules/leaflet/dist/"
MARKERCLUSTER = "node_modules/leaflet.markercluster/dist/"
JS = [("jquery", "node_modules/jquery/dist/jquery.min.js"),  # folium's popups parse with $()
      ("leaflet", LEAFLET + "leaflet.js"),
      ("markercluster", MARKERCLUSTER + "leaflet.markercluster.js")]
CSS = [("leaflet_css", LEAFLET + "leaflet.css"),
       ("markercluster_css", MARKERCLUSTER + "MarkerCluster.css"),
       ("markercluster_default_css", MARKERCLUSTER + "MarkerCluster.Default.css")]
BASEMAP = "basemap/mena.json"
GAZETTEER = ROOT / "data" / "gazetteer" / "gazetteer.tsv"
TILES = {"osm": "OpenStreetMap", "openstreetmap": "OpenStreetMap", "carto": "CartoDB positron",
         "cartodb": "CartoDB positron", "none": None}


def missing_assets() -> list[str]:
    """Files the map needs that are not installed (``make`` installs them)."""
    return [rel for rel in [p for _, p in JS + CSS] + [BASEMAP] if not (STATIC / rel).is_file()]


def tiles_choice(tiles: str | None = None) -> str | None:
    """``ATHAR_TILES``: ``none`` (default: the bundled basemap), ``osm`` or ``carto``; an
    unknown value is an error at start, not a silent fallback."""
    choice = (tiles or os.environ.get("ATHAR_TILES") or "none").strip().casefold()
    if choice not in TILES:
        raise ValueError(f"ATHAR_TILES={choice!r}: expected one of {', '.join(TILES)}")
    return TILES[choice]


def base_map(points: pd.DataFrame | None = None, tiles: str | None = None) -> folium.Map:
    """The constant base map, framed on *all* stored events (``points``: every event counted
    per point, not the filtered ones, so it does not change while scrubbing: the page moves it
    with ``center``/``zoom`` instead)."""
    name = tiles_choice(tiles)
    center, zoom = frame_view(points) if points is not None else (CENTER, 6)
    # maxZoom on the map itself: without tiles Leaflet has none, and marker clusters need it
    m = folium.Map(location=center, zoom_start=zoom, tiles=name, control_scale=True)
    m.options.update(max_zoom=18, min_zoom=2)
    m.default_js = [(key, ASSETS_URL + path) for key, path in JS]
    m.default_css = [(key, ASSETS_URL + path) for key, path in CSS]
    if name is None:
        OfflineBasemap(ASSETS_URL + BASEMAP, towns()).add_to(m)
    FitButton().add_to(m)
    return m


@lru_cache(maxsize=1)
def towns() -> list[list]:
    """``[lat, lon, name]`` of the gazetteer's towns, most populous (and capitals) first: the
    browser labels them in this order, skipping any that would overlap one already drawn."""
    with GAZETTEER.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")
                if r.get("kind") in ("populated_place", "capital") and r.get("lat")]
    rows.sort(key=lambda r: (r["kind"] != "capital", -int(r.get("population") or 0)))
    return [[round(float(r["lat"]), 3), round(float(r["lon"]), 3), r["name"]] for r in rows]


class OfflineBasemap(MacroElement):
    """Light vector basemap (fetched from the app) and town labels that declutter by zoom.
    Labels are built with ``textContent``: names never become markup."""
    _template = Template("""
{% macro script(this, kwargs) %}
(function (map) {
  var sea = map.createPane("athar-basemap");
  sea.style.zIndex = 250;
  var labelPane = map.createPane("athar-labels");
  labelPane.style.zIndex = 350;
  labelPane.style.pointerEvents = "none";
  map.getContainer().style.background = "#d9e6f0";
  fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(function (data) {
    L.geoJSON(data, {pane: "athar-basemap", interactive: false, style: function (f) {
      return f.properties.kind === "country"
        ? {color: "#8c8c8c", weight: 1, fillColor: "#f6f4ef", fillOpacity: 1}
        : {color: "#a9a9a9", weight: 0.6, dashArray: "3 3", fill: false};
    }}).addTo(map);
  });
  var towns = {{ this.towns|tojson }};
  var labels = L.layerGroup().addTo(map);
  var shown = {3: 12, 4: 30, 5: 60, 6: 120, 7: 220, 8: 400};
  function draw() {
    labels.clearLayers();
    var zoom = map.getZoom(), bounds = map.getBounds(), taken = [];
    var budget = shown[zoom] || (zoom > 8 ? 800 : 0);
    for (var i = 0; i < towns.length && taken.length < budget; i++) {
      var t = towns[i];
      if (!bounds.contains([t[0], t[1]])) continue;
      var p = map.latLngToContainerPoint([t[0], t[1]]);
      if (taken.some(function (q) { return Math.abs(q.x - p.x) < 70 && Math.abs(q.y - p.y) < 18; }))
        continue;
      taken.push(p);
      var el = document.createElement("span");
      el.textContent = t[2];
      L.marker([t[0], t[1]], {pane: "athar-labels", interactive: false, keyboard: false,
        icon: L.divIcon({className: "athar-town", html: el, iconSize: null})}).addTo(labels);
    }
  }
  var style = document.createElement("style");
  style.textContent = ".athar-town span{font:11px sans-serif;color:#555;white-space:nowrap;" +
    "text-shadow:0 0 2px #fff,0 0 2px #fff;margin-left:4px}" +
    ".athar-town:before{content:'';position:absolute;left:-2px;top:5px;width:4px;height:4px;" +
    "border-radius:2px;background:#777}";
  document.head.appendChild(style);
  map.on("zoomend moveend", draw);
  draw();
})({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, url: str, town_list: list[list]) -> None:
        super().__init__()
        self._name = "OfflineBasemap"
        self.url = url
        self.towns = town_list


class FitButton(MacroElement):
    """A map button that fits the view to the events currently drawn (whatever the filters)."""
    _template = Template("""
{% macro script(this, kwargs) %}
(function (map) {
  var Fit = L.Control.extend({options: {position: "topleft"}, onAdd: function () {
    var box = L.DomUtil.create("div", "leaflet-bar leaflet-control");
    var a = L.DomUtil.create("a", "athar-fit", box);
    a.href = "#"; a.title = "Fit to the events in view"; a.setAttribute("role", "button");
    a.innerHTML = "&#x2922;";
    L.DomEvent.on(a, "click", function (e) {
      L.DomEvent.stop(e);
      var bounds = L.latLngBounds([]);
      (window.feature_group || []).forEach(function (g) {
        if (map.hasLayer(g) && g.getBounds) {
          var b = g.getBounds();
          if (b.isValid()) bounds.extend(b);
        }
      });
      if (bounds.isValid()) map.fitBounds(bounds, {padding: [24, 24], maxZoom: 10});
    });
    return box;
  }});
  new Fit().addTo(map);
})({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "FitButton"
