"""How an event becomes the store's flat, indexed columns — and its JSON, without repeats.

Queries filter, count and sum over flat columns (datasette's way), so each rule that decides a
column lives here once: where an event is drawn (`event_point`), its day interval with a missing
side taken from the other, its claimants one by one, a claim as a range (`claim_range`).

The event JSON (the contract) is stored *compact*: fields at their default, fields that are
columns of their own and the evidence sentences (a slice of the article text, which is stored
anyway) are left out, and put back by `expand` on read, so `Event.from_dict(expand(...))` gives
the event that was saved.
"""
from __future__ import annotations

from dataclasses import MISSING, fields
from datetime import date
from typing import Any

from events.model import Actor, Claim, Event, Evidence, Place

NO_PLACE = 4  # "precision" of an event with no coordinates, after ACLED's 1-3
UNKNOWN_ACTOR = "(unknown actor)"
COLUMN_FIELDS = ("event_id", "article_id", "event_type", "incident_id")  # columns, not JSON
DERIVED_FIELDS = ("acled_event_type", "acled_sub_event_type")  # recomputed from event_type


def event_point(event: Event) -> tuple[Place | None, bool]:
    """Where an event is drawn, and whether that point stands for a route ("between A and B":
    UCDP where_prec 5, drawn with the route rather than as a precise place): its location,
    else the middle of its route, else its origin or destination."""
    if event.location is not None and event.location.lat is not None:
        loc = event.location
        return loc, loc.kind == "route" or loc.where_prec == 5
    o, d = event.origin, event.destination
    if o is not None and d is not None and o.lat is not None and d.lat is not None:
        mid = Place(name=f"between {o.name} and {d.name}", lat=(o.lat + d.lat) / 2,
                    lon=(o.lon + d.lon) / 2, kind="route",
                    geo_precision=max(o.geo_precision, d.geo_precision, 2), where_prec=5)
        return mid, True
    for p in (o, d):
        if p is not None and p.lat is not None:
            return p, False
    return None, False


def split_claimants(value: str | None) -> list[str]:
    """Extraction joins several speakers with "; " (e.g. the MoD and Lavrov); each one is a
    claimant of its own for the filter."""
    return [n.strip() for n in (value or "").split(";") if n.strip()]


def event_claimants(event: Event) -> tuple[str, ...]:
    names = split_claimants(event.claimant)
    for c in event.claims:
        names += split_claimants(c.claimant)
    return tuple(dict.fromkeys(names))


def actor1(event: Event) -> str:
    return next((a.name for a in event.actors if a.role == "actor1"),
                event.actors[0].name if event.actors else UNKNOWN_ACTOR)


def claim_range(qualifier: str, low: int | None, best: int | None, high: int | None
                ) -> tuple[int, int | None, bool]:
    """(lowest, highest or None when open, approximate?) for one claim: "more than 80" is
    [80, open), "about 30" is ~30, "12-20" is [12, 20]."""
    value = next((v for v in (best, low, high) if v is not None), 0)
    if qualifier in ("more_than", "at_least", "vague"):
        lo = low if low is not None else value
        return lo, (high if high is not None and high >= lo else None), False
    if qualifier == "about":
        return value, value, True
    if qualifier == "up_to":
        return (low or 0), (high if high is not None else value), False
    return (low if low is not None else value), (high if high is not None else value), False


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def event_columns(event: Event) -> dict[str, Any]:
    """The flat columns of one event (besides its id, article and JSON)."""
    place, route = event_point(event)
    first, last = _day(event.date_start), _day(event.date_end)
    first, last = first or last, last or first
    evidence = event.evidence[0] if event.evidence else None
    return dict(
        event_type=event.event_type, modality=event.modality, date_start=_day(event.date_start),
        date_end=_day(event.date_end), date_prec=event.date_prec, claimant=event.claimant,
        confidence=event.confidence, background=bool(event.background), first_day=first,
        last_day=last, actor1=actor1(event), place=place.name if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        precision=place.geo_precision if place else NO_PLACE,
        country=(place.country or "").upper() or None if place else None, is_route=route,
        ev_start=evidence.start if evidence else None, ev_end=evidence.end if evidence else None)


def claim_rows(event: Event) -> list[dict[str, Any]]:
    rows = []
    for c in event.claims:
        lo, hi, approx = claim_range(c.qualifier, c.low, c.best, c.high)
        rows.append(dict(event_id=event.event_id, category=c.category, who=c.who,
                         qualifier=c.qualifier, low=c.low, best=c.best, high=c.high,
                         claimant=c.claimant or event.claimant, text=c.text, start=c.start,
                         end=c.end, lo=lo, hi=hi, approx=approx))
    return rows


def place_rows(event: Event) -> list[dict[str, Any]]:
    roles = [("location", event.location), ("origin", event.origin),
             ("destination", event.destination)] + [("via", p) for p in event.via]
    return [dict(event_id=event.event_id, role=role, name=p.name, name_ar=p.name_ar, lat=p.lat,
                 lon=p.lon, kind=p.kind, admin1=p.admin1, country=p.country,
                 geo_precision=p.geo_precision, where_prec=p.where_prec,
                 gazetteer_id=p.gazetteer_id) for role, p in roles if p is not None]


# --- compact JSON ----------------------------------------------------------------------------

def _defaults(cls: type) -> dict[str, Any]:
    out = {}
    for f in fields(cls):
        if f.default is not MISSING:
            out[f.name] = f.default
        elif f.default_factory is not MISSING:  # type: ignore[misc]
            out[f.name] = f.default_factory()  # type: ignore[misc]
    return out


_NESTED = {"location": Place, "origin": Place, "destination": Place, "via": Place,
           "locations": Place, "actors": Actor, "claims": Claim, "evidence": Evidence}
_DEFAULTS = {cls: _defaults(cls) for cls in (Event, Place, Actor, Claim, Evidence)}


def _strip(d: dict[str, Any], cls: type) -> dict[str, Any]:
    defaults = _DEFAULTS[cls]
    return {k: v for k, v in d.items() if k not in defaults or defaults[k] != v}


def compact(event: Event, article_text: str) -> dict[str, Any]:
    """The event's JSON without defaults, column fields and evidence text the article holds."""
    d = event.to_dict()
    for key in COLUMN_FIELDS + DERIVED_FIELDS:
        d.pop(key, None)
    for key, cls in _NESTED.items():
        value = d.get(key)
        if isinstance(value, dict):
            d[key] = _strip(value, cls)
        elif isinstance(value, list):
            d[key] = [_strip(v, cls) for v in value]
    for ev in d.get("evidence", []):
        if article_text[ev.get("start", 0):ev.get("end", 0)] == ev.get("sentence"):
            del ev["sentence"]
    return _strip(d, Event)


def expand(stored: dict[str, Any], event_id: str, article_id: str, event_type: str,
           article_text: str, incident_id: str | None = None) -> dict[str, Any]:
    """Inverse of `compact`: the full contract dict (missing fields come from the defaults)."""
    d = {"event_id": event_id, "article_id": article_id, "event_type": event_type,
         "incident_id": incident_id, **stored}
    for ev in d.get("evidence", []):
        if "sentence" not in ev:
            ev["sentence"] = article_text[ev.get("start", 0):ev.get("end", 0)]
    return d
