"""GeoJSON (RFC 7946) and KML exports: one feature per event, flat fields GDAL lists.

Properties are the ACLED + Athar columns of ``events.export_rows`` (typed: numbers stay
numbers); ``nested=True`` gives the event contract itself instead (``Event.to_dict()``), for
tools that read Athar's JSON. KML carries every column as ``ExtendedData`` (a ``Schema`` of
``SimpleField``s, which GDAL's KML drivers read as fields) and the dates as a ``TimeSpan``.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

from events.export_rows import ACLED_COLUMNS, ATHAR_COLUMNS, Sources, acled_row, rows
from events.model import Event, Place

KML_NS = "http://www.opengis.net/kml/2.2"
COLUMNS = ACLED_COLUMNS + ATHAR_COLUMNS
NUMERIC = {"year": "int", "time_precision": "int", "inter1": "int", "inter2": "int",
           "interaction": "int", "iso": "int", "latitude": "double", "longitude": "double",
           "geo_precision": "int", "fatalities": "int", "timestamp": "int", "low": "int",
           "best": "int", "high": "int", "date_prec": "int", "where_prec": "int",
           "confidence": "double", "background": "bool"}


def _point(p: Place | None) -> list[float] | None:
    return None if p is None or p.lat is None or p.lon is None else [p.lon, p.lat]


def geometry(ev: Event) -> dict[str, Any] | None:
    """A movement with known ends is a LineString origin → via… → destination; anything
    else is its location's Point; no coordinates is a null geometry (allowed by RFC 7946)."""
    ends = [_point(ev.origin), *(_point(v) for v in ev.via), _point(ev.destination)]
    if ev.origin and ev.destination and all(ends):
        return {"type": "LineString", "coordinates": ends}
    point = _point(ev.location) or _point(ev.destination) or _point(ev.origin)
    return {"type": "Point", "coordinates": point} if point else None


def to_geojson(events: list[Event], sources: Sources | None = None, nested: bool = False) -> str:
    props = ([ev.to_dict() for ev in events] if nested
             else rows(events, sources, acled_row))
    features = [{"type": "Feature", "id": ev.event_id, "geometry": geometry(ev),
                 "properties": p} for ev, p in zip(events, props)]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


_NOT_XML = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])  # control chars XML 1.0 forbids


def _kml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value).translate(_NOT_XML)


def to_kml(events: list[Event], sources: Sources | None = None) -> str:
    ns = f"{{{KML_NS}}}"
    ET.register_namespace("", KML_NS)
    kml = ET.Element(f"{ns}kml")
    doc = ET.SubElement(kml, f"{ns}Document")
    ET.SubElement(doc, f"{ns}name").text = "Athar events"
    schema = ET.SubElement(doc, f"{ns}Schema", name="athar", id="athar")
    for col in COLUMNS:
        ET.SubElement(schema, f"{ns}SimpleField", name=col, type=NUMERIC.get(col, "string"))
    for ev, row in zip(events, rows(events, sources, acled_row)):
        mark = ET.SubElement(doc, f"{ns}Placemark", id=ev.event_id)
        actors = ", ".join(a.name for a in ev.actors)
        ET.SubElement(mark, f"{ns}name").text = _kml_value(f"{ev.event_type}: {actors}"
                                                           .strip(": "))
        ET.SubElement(mark, f"{ns}description").text = _kml_value("\n".join(
            [f"{c.category}: {c.display()} ({c.claimant or 'unattributed'})" for c in ev.claims]
            + [e.sentence for e in ev.evidence]))
        if ev.date_start or ev.date_end:
            span = ET.SubElement(mark, f"{ns}TimeSpan")
            if ev.date_start:
                ET.SubElement(span, f"{ns}begin").text = ev.date_start
            if ev.date_end:
                ET.SubElement(span, f"{ns}end").text = ev.date_end
        data = ET.SubElement(ET.SubElement(mark, f"{ns}ExtendedData"), f"{ns}SchemaData",
                             schemaUrl="#athar")
        for col in COLUMNS:
            ET.SubElement(data, f"{ns}SimpleData", name=col).text = _kml_value(row[col])
        geom = geometry(ev)
        if geom is None:
            continue
        if geom["type"] == "Point":
            shape, coords = ET.SubElement(mark, f"{ns}Point"), [geom["coordinates"]]
        else:
            shape, coords = ET.SubElement(mark, f"{ns}LineString"), geom["coordinates"]
            ET.SubElement(shape, f"{ns}tessellate").text = "1"
        ET.SubElement(shape, f"{ns}coordinates").text = " ".join(
            f"{lon},{lat}" for lon, lat in coords)
    return ET.tostring(kml, encoding="unicode", xml_declaration=True)
