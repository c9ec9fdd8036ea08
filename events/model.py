"""The event model: Athar's contract with its store, its exporters and outside tools.

The JSON form of an `Event` (``Event.to_dict()``) is the contract; `schema/event.schema.json`
describes it and a test checks every extracted event against it. Field names follow ACLED
(event types, ``geo_precision``, ``time_precision``) and UCDP GED (``date_start``/``date_end``/
``date_prec``, ``where_prec``, low/best/high) so analysts can merge Athar's output with theirs.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from geo.place import Place  # re-exported: part of the event contract

EVENT_TYPES = (
    "airstrike", "shelling", "clash", "attack", "movement", "territory_change",
    "agreement", "statement", "operation_launch", "deployment", "other",
)
MODALITIES = ("actual", "attempted", "prevented", "alleged", "planned")
ACTOR_ROLES = ("actor1", "actor2", "associated")
CLAIM_CATEGORIES = (
    "killed", "injured", "captured", "vehicles_destroyed", "tankers_destroyed",
    "technicals_destroyed", "tanks_destroyed", "aircraft_destroyed", "weapons_destroyed",
    "buildings_destroyed", "other",
)
CLAIM_WHO = ("fighters", "civilians", "soldiers", "unknown")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "up_to", "vague")

# Athar type -> (ACLED event_type, ACLED sub_event_type). Movements, deployments and
# statements are not ACLED events of their own; ACLED files them as strategic developments.
ACLED_TYPES: dict[str, tuple[str, str]] = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clash": ("Battles", "Armed clash"),
    "attack": ("Violence against civilians", "Attack"),
    "movement": ("Strategic developments", "Change to group/activity"),
    "territory_change": ("Battles", "Non-state actor overtakes territory"),
    "agreement": ("Strategic developments", "Agreement"),
    "statement": ("Strategic developments", "Other"),
    "operation_launch": ("Strategic developments", "Change to group/activity"),
    "deployment": ("Strategic developments", "Change to group/activity"),
    "other": ("Strategic developments", "Other"),
}


@functools.cache
def state_forces() -> frozenset[str]:
    """The names of the actor registry's state forces (data/lexicon/actors.yaml)."""
    from events.lexicon import load  # the model is read by tools that never load lexicons
    return frozenset(a["name"] for a in load("actors", "ar")["actors"] if a["type"] == "state_force")


@dataclass
class Actor:
    name: str
    name_ar: str | None = None
    role: str = "actor1"
    text: str = ""  # the surface form in the article


@dataclass
class Evidence:
    """A sentence of the article, by character offsets into the original text."""
    sentence: str
    start: int
    end: int


@dataclass
class Claim:
    """A number somebody claims. ``low``/``best``/``high`` follow UCDP; "more than 80" is
    low=80, best=None, high=None with qualifier ``more_than`` — never 80 exactly."""
    category: str
    who: str = "unknown"
    qualifier: str = "exact"
    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    claimant: str | None = None

    def display(self) -> str:
        """The number as an analyst should read it: "80+", "~30", "12–20", "≤50", "10+?"."""
        return format_estimate(self.qualifier, self.low, self.best, self.high)


def format_estimate(qualifier: str, low: int | None, best: int | None, high: int | None) -> str:
    if qualifier == "more_than":
        return f"{low}+"
    if qualifier == "at_least":
        return f"≥{low}"
    if qualifier == "about":
        return f"~{best if best is not None else low}"
    if qualifier == "up_to":
        return f"≤{high}"
    if qualifier == "vague":
        return "some (vague)" if low is None else f"{low}+ (vague)"
    if low is not None and high is not None and low != high:
        return f"{low}–{high}"
    value = best if best is not None else low if low is not None else high
    return "?" if value is None else str(value)


@dataclass
class Event:
    article_id: str
    event_type: str
    event_id: str = ""
    modality: str = "actual"
    date_start: str | None = None
    date_end: str | None = None
    date_prec: int | None = None
    time_precision: int | None = None
    date_text: list[str] = field(default_factory=list)
    location: Place | None = None
    origin: Place | None = None
    destination: Place | None = None
    via: list[Place] = field(default_factory=list)
    # every place one reported action hit ("غارات على بلدتي A وB"), `location` first; empty
    # when it hit one place
    locations: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claimant: str | None = None
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    # History told in passing ("the 1994 genocide"), dated by the text more than a year before
    # publication: kept for the record, never counted in current totals.
    background: bool = False
    # The incident this event reports (one real incident, many reports): set by the store's
    # linking (events/linking.py), None until stored.
    incident_id: str | None = None

    @property
    def acled_event_type(self) -> str:
        return ACLED_TYPES[self.event_type][0]

    @property
    def acled_sub_event_type(self) -> str:
        """ACLED's sub-event type; ground taken by a state's forces is "Government regains
        territory" (ACLED's code for government forces or their affiliates taking a place),
        by anyone else "Non-state actor overtakes territory"."""
        if self.event_type == "territory_change" and any(
                a.role == "actor1" and a.name in state_forces() for a in self.actors):
            return "Government regains territory"
        return ACLED_TYPES[self.event_type][1]

    def assign_id(self) -> str:
        """A stable id: the article plus what makes the event itself (type, first evidence
        span, date, place). Same article and same extraction give the same id on every run."""
        first = self.evidence[0] if self.evidence else None
        anchor = f"{first.start}:{first.end}" if first else ""
        where = self.location.name if self.location else ""
        key = f"{self.article_id}|{self.event_type}|{self.modality}|{anchor}|{self.date_start}|{where}"
        self.event_id = f"{self.article_id}:{hashlib.sha1(key.encode()).hexdigest()[:12]}"
        return self.event_id

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        ordered = {"event_id": d.pop("event_id"), "incident_id": d.pop("incident_id"),
                   "article_id": d.pop("article_id"),
                   "event_type": d.pop("event_type"),
                   "acled_event_type": self.acled_event_type,
                   "acled_sub_event_type": self.acled_sub_event_type}
        ordered.update(d)
        return ordered

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        own = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in own}
        for key in ("location", "origin", "destination"):
            kw[key] = Place.from_dict(kw.get(key))
        kw["via"] = [Place.from_dict(p) for p in kw.get("via") or []]
        kw["locations"] = [Place.from_dict(p) for p in kw.get("locations") or []]
        kw["actors"] = [Actor(**a) for a in kw.get("actors") or []]
        kw["claims"] = [Claim(**c) for c in kw.get("claims") or []]
        kw["evidence"] = [Evidence(**e) for e in kw.get("evidence") or []]
        kw["date_text"] = list(kw.get("date_text") or [])
        return cls(**kw)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def assign_ids(events: list[Event]) -> None:
    """Give each event its stable id; two events anchored on the same span get -2, -3…"""
    seen: dict[str, int] = {}
    for ev in events:
        base = ev.assign_id()
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            ev.event_id = f"{base}-{seen[base]}"


@dataclass
class Article:
    """An article and its metadata (``data/articles/<id>.json``)."""
    article_id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str | None = None
    published: date | None = None
    published_is_estimate: bool = False
    language: str = "ar"
    notes: str = ""
    path: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """Hash of the text after trimming, so the same article saved twice is one article."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
