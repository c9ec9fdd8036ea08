"""Report groups: events of *different* articles that report the same thing.

Their claims are shown side by side and never summed (``events.query_losses``). An event joins
the group of an already stored event of another article with the same type, actor1 and place
whose days overlap its own (two undated events overlap); else it starts its own group, named by
its id. Assigned when an event is written, so totals group by an indexed column instead of
comparing every pair of events on each rerun. Issue 12's incidents are meant to replace this rule.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from events.model import Event
from events.schema import events


def report_group(conn: Connection, event: Event, columns: dict[str, Any]) -> str:
    """The group the event joins (an earlier event's group) or its own id."""
    t = events.c
    place: str | None = columns["place"]
    first: date | None = columns["first_day"]
    last: date | None = columns["last_day"]
    query = select(t.report_group).where(
        t.event_type == columns["event_type"], t.actor1 == columns["actor1"],
        t.place.is_(None) if place is None else t.place == place,
        t.article_id != event.article_id, t.report_group.is_not(None),
        t.first_day.is_(None) if first is None else and_(t.first_day <= last,
                                                          t.last_day >= first),
    ).order_by(t.first_day, t.event_id).limit(1)
    found = conn.execute(query).scalar()
    return found or event.event_id
