"""One GeoJSON layer for everything a map view draws (markers, areas, routes, grid cells).

folium renders each marker, popup and tooltip through its own Jinja template in Python: 2,000
markers with popups cost over a second of CPU a rerun. Here the features are plain dicts, sent
as one JSON document, and a few lines of Leaflet make the layers in the browser
(`L.geoJSON`), so the server's cost is building the dicts.

Each feature's ``properties`` say how it is drawn:

- ``icon`` + ``size``: a point drawn as a marker with that HTML (``class="athar-marker"``);
- ``radius``: a point drawn as a circle of that many metres, styled by ``style``;
- lines and polygons: styled by ``style`` (Leaflet path options);
- ``tip`` / ``pop``: tooltip and popup HTML, **already escaped** by ``dashboard.html`` (Leaflet
  sets them as markup, exactly as folium's popups were set).

The JSON is embedded in a ``<script>``: ``</`` is written ``<\\/`` so no string in it can close
the script element, whatever an article holds.
"""
from __future__ import annotations

import json
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

Feature = dict[str, Any]


def point(lat: float, lon: float, **properties: Any) -> Feature:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": properties}


def line(latlons: list[tuple[float, float]], **properties: Any) -> Feature:
    return {"type": "Feature", "properties": properties,
            "geometry": {"type": "LineString", "coordinates": [[lon, lat] for lat, lon in latlons]}}


def polygon(latlons: list[tuple[float, float]], **properties: Any) -> Feature:
    ring = [[lon, lat] for lat, lon in latlons]
    return {"type": "Feature", "properties": properties,
            "geometry": {"type": "Polygon", "coordinates": [ring + ring[:1]]}}


class GeoJsonLayer(MacroElement):
    """Features added to the parent layer (a FeatureGroup) as one ``L.geoJSON``."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJSON({{ this.data }}, {
  pointToLayer: function (f, at) {
    var p = f.properties;
    if (p.radius) { return L.circle(at, Object.assign({radius: p.radius}, p.style)); }
    return L.marker(at, {icon: L.divIcon({html: p.icon, className: "athar-marker",
      iconSize: [p.size, p.size], iconAnchor: [p.size / 2, p.size / 2]})});
  },
  style: function (f) { return f.properties.style || {}; },
  onEachFeature: function (f, layer) {
    var p = f.properties;
    if (p.tip) { layer.bindTooltip(p.tip); }
    if (p.pop) { layer.bindPopup(p.pop, {maxWidth: 420}); }
  }
}).addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, features: list[Feature]) -> None:
        super().__init__()
        self._name = "GeoJsonLayer"
        self.features = features
        self.data = json.dumps({"type": "FeatureCollection", "features": features},
                               ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def features_in(js: str) -> list[Feature]:
    """The features of every `GeoJsonLayer` in a rendered map's JavaScript (for tests; the
    base map's own ``L.geoJSON(variable)`` is not one)."""
    out: list[Feature] = []
    decoder, at = json.JSONDecoder(), 0
    while (at := js.find("L.geoJSON(", at)) >= 0:
        at += len("L.geoJSON(")
        if js.startswith('{"type":"FeatureCollection"', at):
            out += decoder.raw_decode(js, at)[0]["features"]
    return out
