"""Incidents: the rules that decide whether reports from different articles tell one incident.

A strike is reported by many outlets, in two languages, each with its own figures; ACLED and UCDP
merge such reports by hand. Athar links them automatically with the rules of this module — and
only these — so an analyst can read them in one place:

- **Same kind of event**: types are compared by family (`FAMILIES`: an airstrike reported by
  another outlet as shelling is still remote violence); plans never link with what happened.
- **Dates overlap**: the reports' day intervals meet. The incident's date is the tightest
  interval (their intersection); the union is kept as its uncertainty.
- **Places compatible at their precision**: the same gazetteer place; or two towns within
  `NEAR_KM`; or one inside the other's governorate, only when that one is governorate-level.
  A report with no place, or only a country, is never linked (too vague to tell).
- **Actors do not contradict**: two known first actors are the same, or on one side or allied
  sides (``allies`` in ``data/lexicon/actors.yaml``: outlets confuse Russian and Syrian jets), or
  one names the other's (one outlet's actor1 is the other's target in a clash). An actor the
  lexicon gives no side ("Government forces", "Militants (unspecified)") contradicts only an
  armed actor of the other kind (a state's forces against an armed group).
- **One report per article**: an article's events are distinct by extraction's own judgement.
- **No chaining**: a report is compared with the incident's *core* (tightest date, most precise
  place, its actors), never with just one member, so A~B and B~C does not pull C into A's
  incident when A and C disagree.

Each link has a score (which candidate incident wins) and the reasons that made it. Undated
events, events dated only to more than `MAX_SPAN_DAYS` ("in July") and history told in passing
(``Event.background``) stay incidents of their own.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace
from datetime import date

from events.extract.actor_registry import ARMED_TYPES, allied, registry
from events.flat import event_point
from events.model import Event, Place

FAMILIES = {"airstrike": "remote", "shelling": "remote", "clash": "battle",
            "territory_change": "battle", "movement": "movement", "deployment": "movement"}
NEAR_KM = 10.0  # two towns this close can be one incident (a strike "near" X, "on" Y)
LINK_THRESHOLD = 0.5  # a compatible incident is joined only from this score up
MAX_SPAN_DAYS = 7  # a report dated only to a month ("in July") is too vague to link
POINT_KINDS = ("populated_place", "capital")


@dataclass(frozen=True)
class Spot:
    """Where a report is drawn, as the rules need it."""
    name: str
    key: str  # gazetteer id, else the name
    lat: float | None
    lon: float | None
    kind: str
    admin1: str | None
    country: str | None
    precision: int
    route_ends: frozenset[str] = frozenset()  # keys of a route's two ends

    @classmethod
    def of(cls, place: Place, route: tuple[Place, Place] | None = None) -> Spot:
        ends = frozenset(p.gazetteer_id or p.name for p in route) if route else frozenset()
        return cls(name=place.name, key=place.gazetteer_id or place.name, lat=place.lat,
                   lon=place.lon, kind="route" if ends else place.kind, admin1=place.admin1,
                   country=(place.country or "").upper() or None,
                   precision=place.geo_precision, route_ends=ends)


@dataclass(frozen=True)
class Report:
    """One event of one article, as linking sees it."""
    event_id: str
    article_id: str
    event_type: str
    planned: bool
    first: date | None
    last: date | None
    spot: Spot | None
    actor1: str | None  # None: unknown
    actors: frozenset[str]
    background: bool = False

    @property
    def family(self) -> str:
        return FAMILIES.get(self.event_type, self.event_type)


@dataclass(frozen=True)
class Core:
    """What an incident is, for the next report to be compared with."""
    family: str
    event_type: str
    planned: bool
    first: date
    last: date
    span_first: date  # the union of the members' intervals: the date's uncertainty
    span_last: date
    spot: Spot
    actor1: str | None
    actors: frozenset[str]
    articles: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Link:
    score: float
    reasons: tuple[str, ...]


def report_of(event: Event) -> Report:
    point, route = event_point(event)
    ends = (event.origin, event.destination) if route and event.origin and event.destination \
        else None
    spot = Spot.of(point, ends) if point is not None else None
    first = date.fromisoformat(event.date_start[:10]) if event.date_start else None
    last = date.fromisoformat(event.date_end[:10]) if event.date_end else None
    first, last = first or last, last or first
    actor1 = next((a.name for a in event.actors if a.role == "actor1"), None)
    return Report(event_id=event.event_id, article_id=event.article_id,
                  event_type=event.event_type, planned=event.modality == "planned",
                  first=first, last=last, spot=spot, actor1=actor1,
                  actors=frozenset(a.name for a in event.actors), background=event.background)


def linkable(r: Report) -> bool:
    """Whether a report can share an incident at all (else it is one on its own)."""
    return (not r.background and r.first is not None and r.last is not None
            and (r.last - r.first).days < MAX_SPAN_DAYS
            and r.spot is not None and r.spot.kind != "country")


def core_of(r: Report) -> Core:
    assert r.first is not None and r.last is not None and r.spot is not None
    return Core(family=r.family, event_type=r.event_type, planned=r.planned, first=r.first,
                last=r.last, span_first=r.first, span_last=r.last, spot=r.spot,
                actor1=r.actor1, actors=r.actors, articles=frozenset([r.article_id]))


def km(a: Spot, b: Spot) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)  # type: ignore[operator]
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _inside(small: Spot, governorate: Spot) -> bool:
    return (governorate.kind == "governorate" and small.kind != "governorate"
            and small.admin1 is not None and small.admin1 == governorate.admin1
            and small.country == governorate.country)


def place_match(a: Spot, b: Spot) -> tuple[float, str] | None:
    """How well two places can be one incident's, or None when they cannot."""
    if a.country and b.country and a.country != b.country:
        return None
    if a.key == b.key and (a.kind != "route" or a.route_ends == b.route_ends):
        return 0.4, f"same place: {a.name}"
    if a.kind == "route" or b.kind == "route":
        route, other = (a, b) if a.kind == "route" else (b, a)
        if other.key in route.route_ends:
            return 0.3, f"{other.name} is an end of the route"
        return None
    for small, big in ((a, b), (b, a)):
        if _inside(small, big):
            return 0.15, f"{small.name} lies in {big.name}"
    if a.kind == "governorate" or b.kind == "governorate":
        return None
    d = km(a, b)
    if d is not None and d <= NEAR_KM:
        return 0.3 * (1 - d / (2 * NEAR_KM)), f"{a.name} and {b.name} {d:.0f} km apart"
    return None


def date_match(core: Core, r: Report) -> tuple[float, str] | None:
    assert r.first is not None and r.last is not None
    start, end = max(core.first, r.first), min(core.last, r.last)
    if start > end:
        return None
    if core.first == core.last == r.first == r.last:
        return 0.3, f"same day: {r.first}"
    wider = max((r.last - r.first).days, (core.last - core.first).days) + 1
    return 0.3 * ((end - start).days + 1) / wider, f"dates overlap: {start}..{end}"


@functools.cache
def actor_info() -> dict[str, tuple[str | None, str]]:
    """Each actor's side and type, by the canonical name events carry (the actor lexicon)."""
    return {info.name: (None if info.side == "unknown" else info.side, info.type)
            for info in registry().by_id.values()}


def actor_match(core: Core, r: Report) -> tuple[float, str] | None:
    a, b = core.actor1, r.actor1
    if a is None or b is None:
        return 0.05, "one report names no actor"
    if a == b:
        return 0.2, f"same actor: {a}"
    if b in core.actors or a in r.actors:
        return 0.1, f"both name {a} and {b}"
    (side_a, kind_a), (side_b, kind_b) = (actor_info().get(n, (None, "")) for n in (a, b))
    if kind_a in ARMED_TYPES and kind_b in ARMED_TYPES and kind_a != kind_b:
        return None  # a state's forces and an armed group: two different attackers
    if side_a is None or side_b is None:
        return 0.05, f"{a if side_a is None else b} has no side"
    if allied(side_a, side_b):
        return 0.1, f"allied actors: {a}, {b}"
    return None


def compatible(core: Core, r: Report) -> Link | None:
    """The link of a report to an incident's core, or None when a rule forbids it."""
    if (not linkable(r) or r.family != core.family or r.planned != core.planned
            or r.article_id in core.articles):
        return None
    assert r.spot is not None
    parts = [date_match(core, r), place_match(core.spot, r.spot), actor_match(core, r)]
    if any(p is None for p in parts):
        return None
    if r.event_type == core.event_type:
        parts.append((0.1, f"same type: {r.event_type}"))
    score = round(sum(p[0] for p in parts if p), 3)
    return Link(score, tuple(p[1] for p in parts if p)) if score >= LINK_THRESHOLD else None


def _finer(a: Spot, b: Spot) -> Spot:
    """The more precise of two compatible places (a town over its governorate)."""
    rank = {"governorate": 2, "region": 1, "river": 1}
    return b if (b.precision, rank.get(b.kind, 0)) < (a.precision, rank.get(a.kind, 0)) else a


def join(core: Core, r: Report) -> Core:
    """The core once ``r`` joined: tighter date, finer place, its actors added."""
    assert r.first is not None and r.last is not None and r.spot is not None
    return replace(core, first=max(core.first, r.first), last=min(core.last, r.last),
                   span_first=min(core.span_first, r.first),
                   span_last=max(core.span_last, r.last), spot=_finer(core.spot, r.spot),
                   actor1=core.actor1 or r.actor1, actors=core.actors | r.actors,
                   articles=core.articles | {r.article_id})


def best(candidates: list[tuple[str, Core]], r: Report) -> tuple[str, Link] | None:
    """The candidate incident a report joins: the highest score, then the smallest id (so the
    outcome never depends on the order the database returns candidates in)."""
    scored = sorted((-link.score, key, link) for key, core in candidates
                    if (link := compatible(core, r)) is not None)
    return (scored[0][1], scored[0][2]) if scored else None
