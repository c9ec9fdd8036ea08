"""The rows one article's events become, and a bulk path for callers who know the incidents.

`table_rows` is the one place that turns events into rows of ``events``, ``claims``, ``actors``,
``places`` and ``claimants``: `Store.save` writes them one article at a time (and then links
each event, ``events.linking``); `insert_linked` writes many new articles with executemany and
no per-event query, for a caller that already knows which of its events report one incident
(``events.synth``: it plants re-reports itself). A 1M-event synthetic archive is out of reach
otherwise: linking asks the database a few questions per event.

Incidents given by the caller are checked with the linking rules (`events.incidents.compatible`
against the incident's core, as stored or as built so far) and their rows, scores and reasons
are the ones `link_one` would write, so a caller whose grouping is what the linker would have
found gets the store `Store.save` gives (a test). What is *not* checked is that two events the
caller keeps apart would not have been linked: that is the caller's promise.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from events.flat import claim_rows, compact, event_claimants, event_columns, place_rows
from events.incidents import Core, compatible, core_of, join, linkable, report_of
from events.linking import _alone_row, _core, _row, incident_key
from events.model import Article, Event, assign_ids
from events.schema import actors, articles, claimants, claims, events, incidents, places

TABLES = (events, claims, actors, places, claimants)  # in foreign-key order
ACTOR_DAYS = ("background", "last_day", "first_day")  # an actor row's copy of its event's


def table_rows(article_id: str, text: str, found: list[Event]) -> dict[str, list[dict[str, Any]]]:
    """Rows per table name for one article's events (their ids assigned if not yet theirs)."""
    kept = all(ev.event_id.startswith(f"{article_id}:") for ev in found)
    for ev in found:
        ev.article_id = article_id
    if not kept:  # ids are the article's; an event renamed with its article gets new ones
        assign_ids(found)
    out: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
    for ev in found:
        columns = event_columns(ev)
        out["events"].append(dict(event_id=ev.event_id, article_id=ev.article_id,
                                  json=json.dumps(compact(ev, text), ensure_ascii=False),
                                  claimed=bool(ev.claims), **columns))
        out["claims"] += claim_rows(ev)
        days = {k: columns[k] for k in ACTOR_DAYS}  # the actor filter's index (schema v9)
        out["actors"] += [dict(event_id=ev.event_id, name=a.name, name_ar=a.name_ar,
                               role=a.role, text=a.text, **days) for a in ev.actors]
        out["places"] += place_rows(ev)
        out["claimants"] += [dict(event_id=ev.event_id, name=n) for n in event_claimants(ev)]
    return out


@dataclass
class _Incident:
    core: Core | None  # None: an incident nothing can join (one unlinkable report)
    row: dict[str, Any]  # its incidents row, as `events.linking` writes it
    events: int
    stored: bool  # already in the database: updated, not inserted


def insert_linked(conn: Connection, batch: list[tuple[Article, list[Event]]],
                  article_rows: list[dict[str, Any]]) -> int:
    """Insert new articles and their events, each event's ``incident_id`` set by the caller
    (None: an incident of its own); returns the number of events. Raises ValueError when the
    linking rules forbid an event its incident."""
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
    found_all: list[Event] = []
    for article, found in batch:
        for name, values in table_rows(article.article_id, article.text, found).items():
            rows[name] += values
        found_all += found
    wanted = sorted({e.incident_id for e in found_all if e.incident_id})
    stored = _stored(conn, wanted)
    known: dict[str, _Incident] = {}
    by_event = {r["event_id"]: r for r in rows["events"]}
    for ev in found_all:
        key = ev.incident_id or incident_key(ev.event_id)
        ev.incident_id = key
        _place(key, report_of(ev), known, stored, by_event[ev.event_id])
    conn.execute(insert(articles), article_rows)
    for table in TABLES:
        if rows[table.name]:
            conn.execute(insert(table), rows[table.name])
    new = [dict(incident_id=k, manual=False, **i.row) for k, i in known.items() if not i.stored]
    if new:
        conn.execute(insert(incidents), new)
    for key, i in known.items():
        if i.stored:
            conn.execute(incidents.update().where(incidents.c.incident_id == key)
                         .values(**i.row))
    return len(found_all)


def _place(key: str, r: Any, known: dict[str, _Incident], stored: dict[str, _Incident],
           row: dict[str, Any]) -> None:
    """Put report ``r`` into incident ``key`` (founding it, or joining it by the rules)."""
    row.update(incident_id=key, link_score=None, link_reasons=None, link_manual=False)
    have = known.get(key) or stored.get(key)
    if have is None:
        core = core_of(r) if linkable(r) else None
        known[key] = _Incident(core, _row(core, 1) if core else _alone_row(r), 1, False)
        return
    link = compatible(have.core, r) if have.core is not None else None
    if link is None:
        raise ValueError(f"event {r.event_id} cannot join incident {key}: the linking rules "
                         "keep them apart")
    assert have.core is not None
    have.core = join(have.core, r)
    have.events += 1
    have.row = _row(have.core, have.events)
    known[key] = have
    row.update(link_score=link.score, link_reasons="; ".join(link.reasons))


def _stored(conn: Connection, keys: list[str]) -> dict[str, _Incident]:
    """Incidents of an earlier batch that events of this one join."""
    out: dict[str, _Incident] = {}
    for i in range(0, len(keys), 500):
        for row in conn.execute(select(incidents).where(
                incidents.c.incident_id.in_(keys[i:i + 500]))).all():
            members = conn.execute(select(events.c.article_id).where(
                events.c.incident_id == row.incident_id)).scalars().all()
            core = _core(row, members) if row.linkable and not row.manual else None
            out[row.incident_id] = _Incident(core, {}, row.events, True)
    return out
