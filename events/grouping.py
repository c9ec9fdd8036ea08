"""Report groups: events of *different* articles that report the same thing.

Their claims are shown side by side and never summed (``events.query_losses``). An event joins
the group of an already stored event of another article with the same type, actor1 and place
whose days overlap its own (two undated events overlap); else it starts its own group, named by
its id. Assigned when an event is written, so totals group by an indexed column instead of
comparing every pair of events on each rerun. Issue 12's incidents are meant to replace this rule.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, bindparam, select
from sqlalchemy.engine import Connection

from events.model import Event
from events.schema import events


def _query(placed: bool, dated: bool) -> Select:
    """The lookup, built once per shape (building SQLAlchemy statements per event is slow)."""
    t = events.c
    return select(t.report_group).where(
        t.event_type == bindparam("event_type"), t.actor1 == bindparam("actor1"),
        t.place == bindparam("place") if placed else t.place.is_(None),
        t.article_id != bindparam("article_id"), t.report_group.is_not(None),
        and_(t.first_day <= bindparam("last_day"), t.last_day >= bindparam("first_day"))
        if dated else t.first_day.is_(None),
    ).order_by(t.first_day, t.event_id).limit(1)


_QUERIES = {(placed, dated): _query(placed, dated) for placed in (True, False)
            for dated in (True, False)}


def report_group(conn: Connection, event: Event, columns: dict[str, Any]) -> str:
    """The group the event joins (an earlier event's group) or its own id."""
    placed, dated = columns["place"] is not None, columns["first_day"] is not None
    params = {"event_type": columns["event_type"], "actor1": columns["actor1"],
              "article_id": event.article_id}
    if placed:
        params["place"] = columns["place"]
    if dated:
        params.update(first_day=columns["first_day"], last_day=columns["last_day"])
    found = conn.execute(_QUERIES[placed, dated], params).scalar()
    return found or event.event_id
