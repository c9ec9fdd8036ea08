"""Linking in the store: every event gets an incident, on each write and on a full re-run.

`link_events` runs inside the transaction that stores an article, right after its events are
inserted, so linking is incremental and atomic with ingest: each new event joins the best
compatible incident (the rules are `events.incidents`), compared with that incident's core as
stored in the ``incidents`` table, or founds an incident of its own (`Store.save_many` links
a run of new articles at once, with the same rules and outcome: ``events.linking_batch``).
`relink` re-runs linking over the whole store (``python -m events link``; the schema 3
upgrade): it clears the automatic links and links every event again in a fixed order, so
running it twice gives the same incidents.

An analyst's decision is kept: `merge` and `split` mark the incidents they make ``manual`` and
their events ``link_manual``; the automatic step never moves such an event and never adds
events to a manual incident.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from events.flat import expand
from events.incidents import Core, Link, Report, Spot, best, core_of, join, linkable, report_of
from events.model import Event
from events.schema import events as events_t
from events.schema import incidents as incidents_t

ev, inc = events_t.c, incidents_t.c
BATCH = 500


def incident_key(seed: str) -> str:
    return "inc-" + hashlib.sha1(seed.encode()).hexdigest()[:16]


def _free_key(conn: Connection, seed: str) -> str:
    """A new incident's id, from the event that founds it: stable across runs, and another one
    when that id is still taken (its founder was re-extracted and left the incident to others)."""
    key, n = incident_key(seed), 1
    while conn.execute(select(inc.incident_id).where(inc.incident_id == key)).first():
        n += 1
        key = incident_key(f"{seed}#{n}")
    return key


# --- incident rows <-> cores -------------------------------------------------------------------

def _row(core: Core, n_events: int) -> dict[str, Any]:
    s = core.spot
    return dict(family=core.family, event_type=core.event_type, planned=core.planned,
                first_day=core.first, last_day=core.last, span_first=core.span_first,
                span_last=core.span_last, place=s.name, place_key=s.key, lat=s.lat, lon=s.lon,
                kind=s.kind, admin1=s.admin1, country=s.country, precision=s.precision,
                route_ends=json.dumps(sorted(s.route_ends)) if s.route_ends else None,
                actor1=core.actor1, actors=json.dumps(sorted(core.actors), ensure_ascii=False),
                linkable=True, events=n_events, reports=len(core.articles))


def _alone_row(r: Report) -> dict[str, Any]:
    """An incident of one report that nothing can join (undated, placeless, history)."""
    s = r.spot
    return dict(family=r.family, event_type=r.event_type, planned=r.planned, first_day=r.first,
                last_day=r.last, span_first=r.first, span_last=r.last,
                place=s.name if s else None, place_key=s.key if s else None,
                lat=s.lat if s else None, lon=s.lon if s else None, kind=s.kind if s else None,
                admin1=s.admin1 if s else None, country=s.country if s else None,
                precision=s.precision if s else None, route_ends=None, actor1=r.actor1,
                actors=json.dumps(sorted(r.actors), ensure_ascii=False), linkable=False,
                events=1, reports=1)


def _core(row: Any, articles: Iterable[str]) -> Core:
    spot = Spot(name=row.place, key=row.place_key, lat=row.lat, lon=row.lon, kind=row.kind,
                admin1=row.admin1, country=row.country, precision=row.precision,
                route_ends=frozenset(json.loads(row.route_ends or "[]")))
    return Core(family=row.family, event_type=row.event_type, planned=bool(row.planned),
                first=row.first_day, last=row.last_day, span_first=row.span_first,
                span_last=row.span_last, spot=spot, actor1=row.actor1,
                actors=frozenset(json.loads(row.actors or "[]")), articles=frozenset(articles))


# --- linking -----------------------------------------------------------------------------------

def _candidates(conn: Connection, r: Report) -> list[tuple[str, Core]]:
    """Automatic, linkable incidents of the report's family, country and days (indexed)."""
    assert r.spot is not None
    rows = conn.execute(select(incidents_t).where(
        inc.family == r.family, inc.country == r.spot.country if r.spot.country
        else inc.country.is_(None), inc.last_day >= r.first, inc.first_day <= r.last,
        inc.linkable.is_(True), inc.manual.is_(False))).all()
    if not rows:
        return []
    members: dict[str, set[str]] = {}
    for incident_id, article_id in conn.execute(
            select(ev.incident_id, ev.article_id).where(
                ev.incident_id.in_([row.incident_id for row in rows]))):
        members.setdefault(incident_id, set()).add(article_id)
    return [(row.incident_id, _core(row, members.get(row.incident_id, ()))) for row in rows]


def _assign(conn: Connection, event_id: str, incident_id: str, link: Link | None) -> None:
    conn.execute(update(events_t).where(ev.event_id == event_id).values(
        incident_id=incident_id, link_score=link.score if link else None,
        link_reasons="; ".join(link.reasons) if link else None, link_manual=False))


def link_one(conn: Connection, r: Report) -> str:
    """Link one stored event: join the best incident or found one; its incident's id."""
    if not linkable(r):
        key = _free_key(conn, r.event_id)
        conn.execute(insert(incidents_t).values(incident_id=key, manual=False, **_alone_row(r)))
        _assign(conn, r.event_id, key, None)
        return key
    found = best(_candidates(conn, r), r)
    if found is None:
        key = _free_key(conn, r.event_id)
        conn.execute(insert(incidents_t).values(incident_id=key, manual=False,
                                                **_row(core_of(r), 1)))
        _assign(conn, r.event_id, key, None)
        return key
    key, link = found
    row = conn.execute(select(incidents_t).where(inc.incident_id == key)).one()
    articles = conn.execute(select(ev.article_id).where(ev.incident_id == key)).scalars()
    core = join(_core(row, articles), r)
    conn.execute(update(incidents_t).where(inc.incident_id == key)
                 .values(**_row(core, row.events + 1)))
    _assign(conn, r.event_id, key, link)
    return key


def link_events(conn: Connection, found: list[Event]) -> None:
    """Link an article's events just stored (in its transaction); sets ``incident_id``."""
    for event in found:
        event.incident_id = link_one(conn, report_of(event))


def _stored_events(conn: Connection, where: Any) -> list[Event]:
    rows = conn.execute(select(ev.event_id, ev.article_id, ev.event_type, ev.json)
                        .where(where).order_by(ev.first_day.is_(None), ev.first_day,
                                               ev.event_id)).all()
    return [Event.from_dict(expand(json.loads(j), eid, aid, etype, ""))
            for eid, aid, etype, j in rows]


def refresh(conn: Connection, incident_ids: Iterable[str]) -> None:
    """Rebuild these incidents' cores from the members they still have (after a re-extracted
    article's events were removed, or a split); an incident left empty is deleted."""
    for key in sorted(set(incident_ids)):
        members = [report_of(e) for e in _stored_events(conn, ev.incident_id == key)]
        if not members:
            conn.execute(delete(incidents_t).where(inc.incident_id == key))
            continue
        if len(members) == 1 and not linkable(members[0]):
            values = _alone_row(members[0])
        else:
            core = core_of(members[0])
            for r in members[1:]:
                core = join(core, r) if linkable(r) else core
            values = _row(core, len(members))
            values["reports"] = len({r.article_id for r in members})
        conn.execute(update(incidents_t).where(inc.incident_id == key).values(**values))


def pins_of(conn: Connection, article_id: str) -> tuple[set[str], dict[str, str]]:
    """Before an article's events are replaced: their incidents (to refresh afterwards) and
    the events an analyst placed by hand (to place again if re-extraction finds them)."""
    rows = conn.execute(select(ev.event_id, ev.incident_id, ev.link_manual)
                        .where(ev.article_id == article_id)).all()
    return ({r.incident_id for r in rows if r.incident_id},
            {r.event_id: r.incident_id for r in rows if r.link_manual and r.incident_id})


def link_replaced(conn: Connection, found: list[Event], touched: set[str],
                  pins: dict[str, str]) -> None:
    """After a re-extracted article's events were stored again: the incidents its old events
    left are refreshed, hand-placed events found again go back where the analyst put them."""
    refresh(conn, touched)
    kept = [e for e in found if pins.get(e.event_id) and conn.execute(
        select(inc.incident_id).where(inc.incident_id == pins[e.event_id])).first()]
    for event in kept:
        event.incident_id = pins[event.event_id]
        conn.execute(update(events_t).where(ev.event_id == event.event_id).values(
            incident_id=event.incident_id, link_manual=True, link_reasons="placed by hand"))
    refresh(conn, {e.incident_id for e in kept if e.incident_id})
    link_events(conn, [e for e in found if e not in kept])


def relink(conn: Connection) -> int:
    """Link the whole store again (idempotent); the number of incidents afterwards. Events
    are taken by date, then id; hand-made incidents and hand-placed events stay as they are."""
    conn.execute(update(events_t).where(ev.link_manual.is_not(True))
                 .values(incident_id=None, link_score=None, link_reasons=None))
    conn.execute(delete(incidents_t).where(inc.manual.is_(False)))
    refresh(conn, conn.execute(select(inc.incident_id)).scalars().all())
    todo = conn.execute(select(ev.event_id).where(ev.incident_id.is_(None)).order_by(
        ev.first_day.is_(None), ev.first_day, ev.event_id)).scalars().all()
    for i in range(0, len(todo), BATCH):
        for event in _stored_events(conn, ev.event_id.in_(todo[i:i + BATCH])):
            link_one(conn, report_of(event))
    return conn.execute(select(func.count()).select_from(incidents_t)).scalar_one()


# --- an analyst's decisions --------------------------------------------------------------------

def merge(conn: Connection, incident_ids: list[str]) -> str:
    """Make these incidents one (the smallest id), kept as the analyst made it."""
    target = min(incident_ids)
    conn.execute(update(events_t).where(ev.incident_id.in_(incident_ids)).values(
        incident_id=target, link_manual=True, link_reasons="merged by hand", link_score=None))
    conn.execute(delete(incidents_t).where(inc.incident_id.in_(incident_ids),
                                           inc.incident_id != target))
    conn.execute(update(incidents_t).where(inc.incident_id == target).values(manual=True))
    refresh(conn, [target])
    return target


def split(conn: Connection, event_id: str) -> str:
    """Take one event out of its incident into an incident of its own, kept as the analyst
    made it; the incident it left keeps its other reports."""
    old = conn.execute(select(ev.incident_id).where(ev.event_id == event_id)).scalar_one()
    key = _free_key(conn, f"split:{event_id}")
    (event,) = _stored_events(conn, ev.event_id == event_id)
    r = report_of(event)
    values = _row(core_of(r), 1) if linkable(r) else _alone_row(r)
    conn.execute(insert(incidents_t).values(incident_id=key, **{**values, "manual": True}))
    conn.execute(update(events_t).where(ev.event_id == event_id).values(
        incident_id=key, link_manual=True, link_reasons="split by hand", link_score=None))
    refresh(conn, [old])
    return key


__all__ = ["incident_key", "link_events", "link_one", "link_replaced", "merge", "pins_of",
           "refresh", "relink", "split"]
