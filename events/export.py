"""Exporters: CSV with ACLED-style columns, GeoJSON (RFC 7946), KML with <TimeSpan>.

Each takes a list of `Event`s and returns the file's text, so the CLI, the dashboard's download
buttons and tests share one implementation.
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from typing import Any

from events.model import Event, Place

# ACLED's columns first (same names, same meaning), then UCDP's, then Athar's own.
CSV_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "date_start", "date_end", "date_prec", "where_prec", "low", "best", "high",
    "athar_event_type", "modality", "claimant", "claims", "origin", "destination",
    "article_id", "confidence",
]


def _mid_date(ev: Event) -> str:
    """ACLED codes an uncertain span to its middle day."""
    if not ev.date_start or not ev.date_end:
        return ev.date_start or ev.date_end or ""
    a, b = date.fromisoformat(ev.date_start), date.fromisoformat(ev.date_end)
    return (a + timedelta(days=(b - a).days // 2)).isoformat()


def _actors(ev: Event, role: str) -> list[str]:
    return [a.name for a in ev.actors if a.role == role]


def killed_estimate(ev: Event) -> tuple[int | None, int | None, int | None]:
    """UCDP low/best/high deaths from the event's 'killed' claims; the most conservative
    claim wins (ACLED practice), and a lower bound never becomes a best estimate."""
    killed = [c for c in ev.claims if c.category == "killed"]
    if not killed:
        return None, None, None
    lows = [c.low for c in killed if c.low is not None]
    bests = [c.best for c in killed if c.best is not None]
    highs = [c.high for c in killed if c.high is not None]
    return (min(lows) if lows else None, min(bests) if bests else None,
            max(highs) if highs else None)


def event_row(ev: Event) -> dict[str, Any]:
    loc = ev.location or ev.destination or ev.origin
    low, best, high = killed_estimate(ev)
    actor1, actor2 = _actors(ev, "actor1"), _actors(ev, "actor2")
    return {
        "event_id_cnty": ev.event_id, "event_date": _mid_date(ev),
        "year": (ev.date_start or ev.date_end or "")[:4],
        "time_precision": ev.time_precision or "",
        "event_type": ev.acled_event_type, "sub_event_type": ev.acled_sub_event_type,
        "actor1": actor1[0] if actor1 else "", "assoc_actor_1": "; ".join(actor1[1:]),
        "actor2": actor2[0] if actor2 else "",
        "assoc_actor_2": "; ".join(actor2[1:] + _actors(ev, "associated")),
        "country": loc.country if loc else "", "admin1": (loc.admin1 or "") if loc else "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": ev.claimant or "", "notes": " | ".join(e.sentence for e in ev.evidence),
        "fatalities": low if low is not None else (best if best is not None else ""),
        "date_start": ev.date_start or "", "date_end": ev.date_end or "",
        "date_prec": ev.date_prec or "", "where_prec": loc.where_prec if loc else "",
        "low": "" if low is None else low, "best": "" if best is None else best,
        "high": "" if high is None else high,
        "athar_event_type": ev.event_type, "modality": ev.modality, "claimant": ev.claimant or "",
        "claims": "; ".join(f"{c.category} {c.display()} ({c.claimant or 'unattributed'})"
                            for c in ev.claims),
        "origin": ev.origin.name if ev.origin else "",
        "destination": ev.destination.name if ev.destination else "",
        "article_id": ev.article_id, "confidence": ev.confidence,
    }


def to_csv(events: list[Event]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for ev in events:
        writer.writerow(event_row(ev))
    return out.getvalue()


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


def to_geojson(events: list[Event]) -> str:
    features = [{"type": "Feature", "id": ev.event_id, "geometry": geometry(ev),
                 "properties": ev.to_dict()} for ev in events]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def to_kml(events: list[Event]) -> str:
    ns = "http://www.opengis.net/kml/2.2"
    ET.register_namespace("", ns)
    kml = ET.Element(f"{{{ns}}}kml")
    doc = ET.SubElement(kml, f"{{{ns}}}Document")
    ET.SubElement(doc, f"{{{ns}}}name").text = "Athar events"
    for ev in events:
        geom = geometry(ev)
        mark = ET.SubElement(doc, f"{{{ns}}}Placemark", id=ev.event_id)
        actors = ", ".join(a.name for a in ev.actors)
        ET.SubElement(mark, f"{{{ns}}}name").text = f"{ev.event_type}: {actors}".strip(": ")
        ET.SubElement(mark, f"{{{ns}}}description").text = "\n".join(
            [f"{c.category}: {c.display()} ({c.claimant or 'unattributed'})" for c in ev.claims]
            + [e.sentence for e in ev.evidence])
        if ev.date_start or ev.date_end:
            span = ET.SubElement(mark, f"{{{ns}}}TimeSpan")
            if ev.date_start:
                ET.SubElement(span, f"{{{ns}}}begin").text = ev.date_start
            if ev.date_end:
                ET.SubElement(span, f"{{{ns}}}end").text = ev.date_end
        if geom is None:
            continue
        if geom["type"] == "Point":
            shape = ET.SubElement(mark, f"{{{ns}}}Point")
            coords = [geom["coordinates"]]
        else:
            shape = ET.SubElement(mark, f"{{{ns}}}LineString")
            ET.SubElement(shape, f"{{{ns}}}tessellate").text = "1"
            coords = geom["coordinates"]
        ET.SubElement(shape, f"{{{ns}}}coordinates").text = " ".join(
            f"{lon},{lat}" for lon, lat in coords)
    return ET.tostring(kml, encoding="unicode", xml_declaration=True)


EXPORTERS = {"csv": to_csv, "geojson": to_geojson, "kml": to_kml}
