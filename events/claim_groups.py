"""The claims in view, each claim of an article once, in the groups whose figures are never summed.

Rule 1 (``events.query_losses``): a claim an article repeats counts once. Its events share a key
(article, event type, category, who, qualifier, numbers, claimant, history flag) and become one
row, grouped under their incident (``grp``).

Rule 2 sums incidents and sets the articles' figures of one incident side by side. But an article
may tell one figure in two of its events that are different incidents (the linker never puts two
events of one article in one incident): the lead and the body told apart, each carrying "more than
80 killed". If another article's report ("32 killed") joined the body's incident and the lead's
came first, 80+ would be filed under the lead's incident and 32 under the body's, and the total
would read 112+: one figure summed with another report of the same deaths. So the incidents that
share an article's figure are one *tally* group per category (``tally``): its figures are side by
side, and the total takes their span once. ``grp`` stays the incident, for the incident list.

The claims are grouped into a temporary table of the connection (a million-event archive holds
~500,000 claims over the whole span): the rows that span incidents are a handful, found by
``grp != grp_hi``, and only their articles are read again to join the groups.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator

from sqlalchemy import (Boolean, Column, Date, Engine, Integer, MetaData, String, Table, Text,
                        and_, case, exists, func, insert, select, text, true, update)
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement, Select

from events.query import Filters, in_view
from events.store import claims, events

e, c = events.c, claims.c
KEY = (e.article_id, e.event_type, c.category, c.who, c.qualifier, c.low, c.best, c.high,
       c.claimant, e.background)


def distinct_claims(f: Filters, categories: tuple[str, ...] = (),
                    only: ColumnElement[bool] | None = None) -> Select:
    """Rule 1: the claims of the events in view, each distinct claim of an article once
    (``only``: of the events meeting that condition instead, whatever the filters)."""
    first_incident = func.min(e.incident_id)
    query = (select(*KEY, first_incident.label("grp"), first_incident.label("tally"),
                    func.max(e.incident_id).label("grp_hi"),
                    func.min(c.id).label("claim_id"), func.min(e.event_id).label("event_id"),
                    func.count().label("repeats"), func.min(c.lo).label("lo"),
                    func.min(c.hi).label("hi"),
                    func.max(case((c.approx, 1), else_=0)).label("approx"),
                    func.min(e.first_day).label("date"), func.max(e.last_day).label("date_end"),
                    func.min(e.place).label("place"))
             .join_from(claims, events, c.event_id == e.event_id)
             .where(claimed_in_view(f) if only is None else only).group_by(*KEY))
    if categories:
        query = query.where(c.category.in_(categories))
    return query


def claimed_in_view(f: Filters) -> ColumnElement[bool]:
    """The events in view that carry claims: read from ``ix_events_claimed`` (schema 8), so the
    ~60% of events without a claim are never looked up in the claims' index (a 1M archive's
    90-day view: ~20,000 lookups that found nothing). The same rows as ``in_view`` alone: an
    event without claims joins none."""
    return and_(e.claimed == true(), in_view(f))


# The columns of `distinct_claims`, in its order, typed as the values it gives.
CLAIMS_IN_VIEW = Table(
    "athar_claims_in_view", MetaData(),
    Column("article_id", String), Column("event_type", String), Column("category", String),
    Column("who", String), Column("qualifier", String), Column("low", Integer),
    Column("best", Integer), Column("high", Integer), Column("claimant", Text),
    Column("background", Boolean), Column("grp", String), Column("tally", String),
    Column("grp_hi", String), Column("claim_id", Integer),
    Column("event_id", String), Column("repeats", Integer), Column("lo", Integer),
    Column("hi", Integer), Column("approx", Integer), Column("date", Date),
    Column("date_end", Date), Column("place", Text),
    prefixes=["TEMPORARY"],
)
# Which incidents join which, per category: read by the one UPDATE that joins the groups.
JOINED = Table(
    "athar_joined_incidents", MetaData(),
    Column("category", String, primary_key=True), Column("member", String, primary_key=True),
    Column("root", String, nullable=False),
    prefixes=["TEMPORARY"],
)
DROP = [text(f"DROP TABLE IF EXISTS {t.name}") for t in (CLAIMS_IN_VIEW, JOINED)]


@contextmanager
def grouped_claims(engine: Engine, f: Filters, categories: tuple[str, ...] = ()
                   ) -> Iterator[tuple[Connection, Table]]:
    """A connection holding `claims_in_view`, for as long as the ``with`` block reads it."""
    with engine.connect() as conn:
        try:
            yield conn, claims_in_view(conn, f, categories)
        finally:
            # the temporary tables go with the transaction that made them (SQLite and
            # PostgreSQL both roll DDL back), also after a failed statement, when PostgreSQL
            # would refuse a DROP and hide the error that stopped the caller
            conn.rollback()


def claims_in_view(conn: Connection, f: Filters, categories: tuple[str, ...] = ()) -> Table:
    """The distinct claims in view, grouped once into this connection's temporary table, their
    tally groups joined. The caller rolls the transaction back when done (DDL goes with it on
    SQLite and PostgreSQL, also after a failed statement)."""
    for drop in DROP:  # a connection back from the pool after an error may still hold them
        conn.execute(drop)
    CLAIMS_IN_VIEW.create(conn)
    grouped = distinct_claims(f, categories)
    conn.execute(insert(CLAIMS_IN_VIEW).from_select(
        [col.name for col in CLAIMS_IN_VIEW.c], grouped))
    _join_shared(conn, f, categories)
    return CLAIMS_IN_VIEW


def _join_shared(conn: Connection, f: Filters, categories: tuple[str, ...]) -> None:
    """Give the incidents that share a claim of one article one tally group per category."""
    d = CLAIMS_IN_VIEW.c
    spanning = conn.execute(select(d.article_id).where(d.grp != d.grp_hi).distinct()
                            ).scalars().all()
    if not spanning:
        return
    links: dict[tuple, set[str]] = {}
    for i in range(0, len(spanning), 500):
        query = (select(*KEY, e.incident_id).join_from(claims, events, c.event_id == e.event_id)
                 .where(in_view(f), e.article_id.in_(spanning[i:i + 500])).distinct())
        if categories:
            query = query.where(c.category.in_(categories))
        for row in conn.execute(query):
            links.setdefault(tuple(row[:-1]), set()).add(row[-1])
    roots = _components((key[2], incidents) for key, incidents in links.items())
    JOINED.create(conn)
    conn.execute(insert(JOINED), [dict(category=cat, member=m, root=r)
                                  for (cat, m), r in roots.items() if m != r])
    j = JOINED.c
    match = and_(j.category == d.category, j.member == d.tally)
    conn.execute(update(CLAIMS_IN_VIEW).where(exists().where(match))
                 .values(tally=select(j.root).where(match).scalar_subquery()))


def _components(groups: Iterable[tuple[str, set[str]]]) -> dict[tuple[str, str], str]:
    """(category, incident) -> the first incident of its connected group (union-find): incidents
    are connected when one claim lies in both."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for category, incidents in groups:
        first, *rest = sorted((category, i) for i in incidents)
        for other in rest:
            a, b = sorted((find(first), find(other)))
            parent[b] = a
    return {x: find(x)[1] for x in list(parent)}


__all__ = ["CLAIMS_IN_VIEW", "KEY", "claimed_in_view", "claims_in_view", "distinct_claims",
           "grouped_claims"]
