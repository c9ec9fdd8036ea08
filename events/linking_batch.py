"""Linking a run of new articles at once: the database asked once, the rules applied in memory.

`events.linking.link_one` asks the database for each event: its candidate incidents, their
members, whether a new incident's id is free, then writes the incident and the event's link.
That is ~40% of what storing an article costs, and a parallel ingest has a single writer, so
it was the bottleneck of ``--workers 2``. `link_run` gives the same links for a run of new
articles written in one transaction (``events.store_batch``):

- every incident that could be a candidate for *any* report of the run is read once (with its
  members' articles): the automatic, linkable incidents of the reports' families and countries
  whose days meet a report's. An incident's family and country never change when a report joins
  it and its days only tighten, so no other stored incident can become a candidate later on;
- the reports are then linked in the run's order, each against the incidents as they stand by
  then (stored ones joined earlier in the run, new ones the run founded), with the rules and
  the tie-break of `events.incidents` (`best`): what `link_one` would have found one at a time;
- new incidents' ids are checked against the database once, and against the run's own.

The caller writes the result: the events' link columns with their rows, the new incidents, the
stored incidents that were joined (their row as `link_one` would have left it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.engine import Connection

from events.incidents import Core, Link, Report, best, core_of, join, linkable
from events.linking import _alone_row, _core, _row, incident_key
from events.schema import events as events_t
from events.schema import incidents as incidents_t

ev, inc = events_t.c, incidents_t.c
CHUNK = 500  # ids per IN (...)
TERMS = 100  # (family, country, days) conditions per candidate query


@dataclass
class _Incident:
    core: Core
    events: int
    stored: bool  # in the database before the run: updated, not inserted


@dataclass
class RunLinks:
    """What linking a run decided, for the caller to write."""
    links: dict[str, tuple[str, Link | None]] = field(default_factory=dict)  # event id ->
    new: dict[str, dict[str, Any]] = field(default_factory=dict)  # incident rows, in order
    joined: dict[str, dict[str, Any]] = field(default_factory=dict)  # stored incidents' rows


Group = tuple[str, str | None]  # (family, country): what a candidate query matches exactly


def _group(r: Report) -> Group:
    assert r.spot is not None
    return r.family, r.spot.country


def _windows(reports: list[Report]) -> dict[Group, list[tuple[date, date]]]:
    """Per group, the reports' day intervals merged where they touch: an incident meets one
    of them exactly when it meets one of the reports'."""
    days: dict[Group, list[tuple[date, date]]] = {}
    for r in reports:
        assert r.first is not None and r.last is not None
        days.setdefault(_group(r), []).append((r.first, r.last))
    out: dict[Group, list[tuple[date, date]]] = {}
    for group, spans in days.items():
        merged: list[tuple[date, date]] = []
        for first, last in sorted(spans):
            if merged and first <= merged[-1][1] + timedelta(days=1):
                merged[-1] = (merged[-1][0], max(merged[-1][1], last))
            else:
                merged.append((first, last))
        out[group] = merged
    return out


def _stored_candidates(conn: Connection, reports: list[Report]
                       ) -> dict[Group, dict[str, _Incident]]:
    """The stored incidents any of these (linkable) reports could join, by group."""
    terms = [and_(inc.family == family,
                  inc.country == country if country else inc.country.is_(None),
                  inc.last_day >= first, inc.first_day <= last)
             for (family, country), spans in _windows(reports).items()
             for first, last in spans]
    rows = []
    for i in range(0, len(terms), TERMS):
        rows += conn.execute(select(incidents_t).where(
            or_(*terms[i:i + TERMS]), inc.linkable.is_(True), inc.manual.is_(False))).all()
    members: dict[str, set[str]] = {}
    keys = sorted({row.incident_id for row in rows})
    for i in range(0, len(keys), CHUNK):
        for incident_id, article_id in conn.execute(select(ev.incident_id, ev.article_id).where(
                ev.incident_id.in_(keys[i:i + CHUNK]))):
            members.setdefault(incident_id, set()).add(article_id)
    out: dict[Group, dict[str, _Incident]] = {}
    for row in rows:
        out.setdefault((row.family, row.country), {})[row.incident_id] = _Incident(
            _core(row, members.get(row.incident_id, ())), row.events, stored=True)
    return out


class _Keys:
    """New incidents' ids as `events.linking._free_key` picks them: from the founding event,
    another one while taken (in the database, or by an incident founded earlier in the run)."""

    def __init__(self, conn: Connection, seeds: list[str]) -> None:
        self.conn = conn
        first = [incident_key(s) for s in seeds]
        self.taken: set[str] = set()
        for i in range(0, len(first), CHUNK):
            self.taken.update(conn.execute(select(inc.incident_id).where(
                inc.incident_id.in_(first[i:i + CHUNK]))).scalars())
        self.asked = set(first)

    def _taken(self, key: str) -> bool:
        if key not in self.asked:
            self.asked.add(key)
            if self.conn.execute(select(inc.incident_id).where(inc.incident_id == key)).first():
                self.taken.add(key)
        return key in self.taken

    def free(self, seed: str) -> str:
        key, n = incident_key(seed), 1
        while self._taken(key):
            n += 1
            key = incident_key(f"{seed}#{n}")
        self.taken.add(key)
        return key


def link_run(conn: Connection, reports: list[Report]) -> RunLinks:
    """Link the reports of a run of new articles, in order (an article's events in its order,
    articles in the run's), as `link_one` would if each were stored and linked in turn."""
    pool = _stored_candidates(conn, [r for r in reports if linkable(r)])
    keys = _Keys(conn, [r.event_id for r in reports])
    out = RunLinks()
    for r in reports:
        if not linkable(r):
            key = keys.free(r.event_id)
            out.new[key] = _alone_row(r)
            out.links[r.event_id] = (key, None)
            continue
        group = pool.setdefault(_group(r), {})
        assert r.first is not None and r.last is not None
        found = best([(k, i.core) for k, i in group.items()
                      if i.core.last >= r.first and i.core.first <= r.last], r)
        if found is None:
            key = keys.free(r.event_id)
            group[key] = incident = _Incident(core_of(r), 1, stored=False)
            out.links[r.event_id] = (key, None)
        else:
            key, link = found
            incident = group[key]
            incident.core, incident.events = join(incident.core, r), incident.events + 1
            out.links[r.event_id] = (key, link)
        (out.joined if incident.stored else out.new)[key] = _row(incident.core, incident.events)
    return out
