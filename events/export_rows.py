"""One event as the flat row an analyst's tools load: ACLED's columns, UCDP GED's, Athar's own.

Values are typed (numbers stay numbers, a blank is ``None``) so GeoJSON and KML keep them; the
CSV writers turn them into text. Conventions, from ACLED's and UCDP's codebooks:

- ``fatalities`` is ACLED's most conservative figure: the lowest number any killed claim gives
  ("more than 80" counts 80, never more); 0 when no death is reported. Athar's ``low``/``best``/
  ``high`` keep the range and ``qualifier`` says what the number is ("more_than").
- ``inter1``/``inter2`` are ACLED's numeric actor types, from the actor lexicon's ``type``
  (state forces 1, armed groups 2; civilians 7 when the victims are civilians and no one else is
  named); blank when the lexicon does not say. ``interaction`` is the two codes, lower first.
- UCDP's ``best`` must be a number: for a lower bound ("more than 80") it is the bound, as UCDP
  codes such reports conservatively; ``low``/``high`` keep what the claims say.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping

from events.countries import country
from events.lexicon import load
from events.model import Claim, Event, Place

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
ATHAR_COLUMNS = [
    "article_url", "article_id", "incident_id", "athar_event_type", "modality", "claimant",
    "qualifier", "low", "best", "high", "claims", "date_start", "date_end", "date_prec", "where_prec", "origin",
    "destination", "evidence", "confidence", "background",
]
UCDP_COLUMNS = [
    "id", "year", "type_of_violence", "side_a", "side_b", "source_article", "source_headline",
    "source_original", "number_of_sources", "where_prec", "where_coordinates", "adm_1", "adm_2",
    "latitude", "longitude", "country", "region", "event_clarity", "date_prec", "date_start",
    "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high",
    "low", "incident_id",
]
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
INTER = {"state_force": 1, "non_state_armed_group": 2}
CIVILIANS = 7
VIOLENT = {"airstrike", "shelling", "clash", "attack", "territory_change"}


@dataclass(frozen=True)
class Source:
    """What the event's article says about where it comes from."""
    outlet: str = ""
    url: str | None = None
    title: str = ""
    ingested_at: str | None = None  # ISO time the article was stored

    @classmethod
    def of(cls, article: Any) -> Source:
        """From a stored article (anything with outlet/url/title/ingested_at)."""
        return cls(getattr(article, "outlet", "") or "", getattr(article, "url", None),
                   getattr(article, "title", "") or "", getattr(article, "ingested_at", None))


Sources = Mapping[str, Source]  # article id -> source


@functools.cache
def actor_types() -> dict[str, str]:
    return {a["name"]: a.get("type", "") for a in load("actors")["actors"]}


def where(ev: Event) -> Place | None:
    return ev.location or ev.destination or ev.origin


def names(ev: Event, role: str) -> list[str]:
    return [a.name for a in ev.actors if a.role == role]


def killed(ev: Event) -> list[Claim]:
    return [c for c in ev.claims if c.category == "killed"]


def conservative(c: Claim) -> int | None:
    """The number a claim commits to at least: its low end, else its best, else its high."""
    return next((v for v in (c.low, c.best, c.high) if v is not None), None)


def killed_estimate(ev: Event) -> tuple[int | None, int | None, int | None, str | None]:
    """(low, best, high, qualifier) of the event's deaths: the most conservative claim wins
    (ACLED practice), and a lower bound never becomes a best estimate."""
    claims = killed(ev)
    if not claims:
        return None, None, None, None
    lows = [c.low for c in claims if c.low is not None]
    bests = [c.best for c in claims if c.best is not None]
    highs = [c.high for c in claims if c.high is not None]
    lowest = min(claims, key=lambda c: (conservative(c) is None, conservative(c) or 0))
    return (min(lows) if lows else None, min(bests) if bests else None,
            max(highs) if highs else None, lowest.qualifier)


def mid_date(ev: Event) -> str | None:
    """ACLED codes an uncertain span to its middle day."""
    if not ev.date_start or not ev.date_end:
        return ev.date_start or ev.date_end
    a, b = date.fromisoformat(ev.date_start), date.fromisoformat(ev.date_end)
    return (a + timedelta(days=(b - a).days // 2)).isoformat()


def time_precision(ev: Event) -> int | None:
    """ACLED's 1 (day) / 2 (a few days, a week) / 3 (a month or vaguer), from UCDP's date_prec
    when extraction did not set it."""
    if ev.time_precision:
        return ev.time_precision
    if ev.date_prec is None:
        return None
    return 1 if ev.date_prec <= 1 else 2 if ev.date_prec <= 3 else 3


def targets_civilians(ev: Event) -> bool:
    return any(c.who == "civilians" for c in ev.claims) or ev.event_type == "attack"


def inter_codes(ev: Event) -> tuple[int | None, int | None]:
    types = actor_types()
    a1, a2 = names(ev, "actor1"), names(ev, "actor2")
    inter1 = INTER.get(types.get(a1[0], "")) if a1 else None
    inter2 = INTER.get(types.get(a2[0], "")) if a2 else None
    if not a2 and targets_civilians(ev) and ev.event_type in VIOLENT:
        inter2 = CIVILIANS
    return inter1, inter2


def notes(ev: Event, place: Place | None) -> str:
    """ACLED-style one-line summary: when, who, what, where, and the claims with claimants."""
    when = ev.date_start if ev.date_start == ev.date_end else \
        f"{ev.date_start or '?'} to {ev.date_end or '?'}" if ev.date_start or ev.date_end else \
        "Undated"
    who = " vs ".join(filter(None, [", ".join(names(ev, "actor1")),
                                    ", ".join(names(ev, "actor2"))])) or "Unidentified actors"
    text = f"{when}: {who}; {ev.acled_sub_event_type.lower()}"
    if place is not None:
        text += f" in {place.name}"
    if ev.modality != "actual":
        text += f" ({ev.modality})"
    return text + "." + "".join(f" {c.category.replace('_', ' ')} {c.display()} according to "
                                f"{c.claimant or ev.claimant or 'an unattributed source'}."
                                for c in ev.claims)


def _epoch(iso: str | None) -> int | None:
    return int(datetime.fromisoformat(iso).timestamp()) if iso else None


def acled_row(ev: Event, source: Source | None = None) -> dict[str, Any]:
    """ACLED's columns then Athar's, for one event."""
    source = source or Source()
    place = where(ev)
    land = country(place.country if place else None)
    low, best, high, qualifier = killed_estimate(ev)
    actor1, actor2 = names(ev, "actor1"), names(ev, "actor2")
    inter1, inter2 = inter_codes(ev)
    tags = [f"modality={ev.modality}"] if ev.modality != "actual" else []
    tags += ["history mentioned in passing"] if ev.background else []
    day = mid_date(ev)
    return {
        "event_id_cnty": ev.event_id, "event_date": day,
        "year": int(day[:4]) if day else None, "time_precision": time_precision(ev),
        "disorder_type": DISORDER.get(ev.acled_event_type, ""),
        "event_type": ev.acled_event_type, "sub_event_type": ev.acled_sub_event_type,
        "actor1": actor1[0] if actor1 else None, "assoc_actor_1": "; ".join(actor1[1:]) or None,
        "inter1": inter1,
        "actor2": actor2[0] if actor2 else None,
        "assoc_actor_2": "; ".join(actor2[1:] + names(ev, "associated")) or None,
        "inter2": inter2,
        "interaction": int("".join(map(str, sorted((inter1, inter2))))) if inter1 and inter2
        else inter1 or inter2,
        "civilian_targeting": "Civilian targeting" if targets_civilians(ev)
        and ev.event_type in VIOLENT else None,
        "iso": land.iso_numeric if land else None, "region": land.acled_region if land else None,
        "country": land.name if land else (place.country if place else None),
        "admin1": place.admin1 if place else None, "admin2": None, "admin3": None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None, "longitude": place.lon if place else None,
        "geo_precision": place.geo_precision if place else None,
        "source": source.outlet or None, "source_scale": None, "notes": notes(ev, place),
        "fatalities": low if low is not None else best if best is not None else 0,
        "tags": "; ".join(tags) or None, "timestamp": _epoch(source.ingested_at),
        # --- Athar's own
        "article_url": source.url, "article_id": ev.article_id, "incident_id": ev.incident_id,
        "athar_event_type": ev.event_type,
        "modality": ev.modality, "claimant": ev.claimant, "qualifier": qualifier,
        "low": low, "best": best, "high": high,
        "claims": "; ".join(f"{c.category} {c.display()} ({c.claimant or 'unattributed'})"
                            for c in ev.claims) or None,
        "date_start": ev.date_start, "date_end": ev.date_end, "date_prec": ev.date_prec,
        "where_prec": place.where_prec if place else None,
        "origin": ev.origin.name if ev.origin else None,
        "destination": ev.destination.name if ev.destination else None,
        "evidence": " | ".join(e.sentence for e in ev.evidence) or None,
        "confidence": ev.confidence, "background": ev.background,
    }


def type_of_violence(ev: Event) -> int | None:
    """UCDP: 1 state-based, 2 non-state, 3 one-sided (against civilians); none for events
    that are not organised violence (statements, movements…)."""
    if ev.event_type not in VIOLENT:
        return None
    inter1, inter2 = inter_codes(ev)
    if inter2 == CIVILIANS or (targets_civilians(ev) and not names(ev, "actor2")):
        return 3
    if 1 in (inter1, inter2):
        return 1
    return 2 if inter1 == inter2 == 2 else None


def ucdp_row(ev: Event, source: Source | None = None) -> dict[str, Any]:
    """UCDP GED's columns for one event."""
    source = source or Source()
    place = where(ev)
    land = country(place.country if place else None)
    low, best, high, _ = killed_estimate(ev)
    deaths = {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": 0}
    for c in killed(ev):
        n = conservative(c) or 0
        side = ("deaths_civilians" if c.who == "civilians" else
                "deaths_b" if c.who in ("fighters", "soldiers") and names(ev, "actor2") else
                "deaths_unknown")
        deaths[side] += n
    clear = ev.modality == "actual" and all(c.qualifier != "vague" for c in ev.claims)
    return {
        "id": ev.event_id, "year": int((ev.date_start or ev.date_end or "0")[:4]) or None,
        "type_of_violence": type_of_violence(ev),
        "side_a": "; ".join(names(ev, "actor1")) or None,
        "side_b": "; ".join(names(ev, "actor2")) or None,
        "source_article": "; ".join(filter(None, [source.outlet, source.url])) or ev.article_id,
        "source_headline": source.title or None, "source_original": ev.claimant,
        "number_of_sources": 1, "where_prec": place.where_prec if place else None,
        "where_coordinates": place.name if place else None,
        "adm_1": place.admin1 if place else None, "adm_2": None,
        "latitude": place.lat if place else None, "longitude": place.lon if place else None,
        "country": land.name if land else (place.country if place else None),
        "region": land.acled_region if land else None, "event_clarity": 1 if clear else 2,
        "date_prec": ev.date_prec, "date_start": ev.date_start, "date_end": ev.date_end,
        **deaths, "best": best if best is not None else low, "high": high, "low": low,
        "incident_id": ev.incident_id,  # Athar's: the reports of one incident share it
    }


def rows(events: list[Event], sources: Sources | None, make: Any) -> list[dict[str, Any]]:
    sources = sources or {}
    return [make(ev, sources.get(ev.article_id)) for ev in events]
