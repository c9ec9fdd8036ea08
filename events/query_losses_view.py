"""The Losses page's data in one pass: the claims in view are grouped once, then read four ways.

The page shows the categories claimed, a page of distinct claims, totals per category and per
claimant, and the incidents with their figures. Each is a query over the *distinct claims* of
the events in view (``events.query_losses``, rule 1: a claim repeated in an article counts once),
and grouping those is the costly part (a million-event archive: ~20,000 claims in a 90-day
window, read through the events). Here they are grouped once into a temporary table of the
connection, and the page's four queries read that table: the same rules, the same SQL
(`claims_listing`, `both_totals_of`, `incidents_with_losses_of`), the same figures as the
functions that group on their own (a test). The table lives only for the call.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pandas as pd
from sqlalchemy import (Boolean, Column, Date, Engine, Integer, MetaData, String, Table, Text,
                        insert, select, text)
from sqlalchemy.engine import Connection

from events.model import Event
from events.query import ROW_LIMIT, Filters
from events.query_incidents import incidents_with_losses_of
from events.query_losses import (Total, both_totals_of, claims_listing, claims_table,
                                 distinct_claims)

# The columns of `distinct_claims`, in its order, typed as the values it gives.
CLAIMS_IN_VIEW = Table(
    "athar_claims_in_view", MetaData(),
    Column("article_id", String), Column("event_type", String), Column("category", String),
    Column("who", String), Column("qualifier", String), Column("low", Integer),
    Column("best", Integer), Column("high", Integer), Column("claimant", Text),
    Column("background", Boolean), Column("grp", String), Column("claim_id", Integer),
    Column("event_id", String), Column("repeats", Integer), Column("lo", Integer),
    Column("hi", Integer), Column("approx", Integer), Column("date", Date),
    Column("date_end", Date), Column("place", Text),
    prefixes=["TEMPORARY"],
)
# The listing counts each incident's reports per category, the incident list reads incidents:
# by this index, not by a scan per claim (a full-span view holds ~500,000 claims at 1M events).
# Made once the totals are summed: with it, the totals' groupings read the table through it,
# row by row (slower than the scan and sort they do without it).
BY_INCIDENT = text(f"CREATE INDEX ix_{CLAIMS_IN_VIEW.name}_grp "
                   f"ON {CLAIMS_IN_VIEW.name} (grp, category, article_id)")
DROP = text(f"DROP TABLE IF EXISTS {CLAIMS_IN_VIEW.name}")


@dataclass(frozen=True)
class LossesView:
    """What the Losses page draws for one filter state and choice of categories."""
    categories: list[str]  # every category claimed in view (the choice offered)
    claims: pd.DataFrame  # distinct claims of the chosen categories (all: none chosen), a page
    by_category: list[Total]
    by_claimant: list[Total]
    incidents: pd.DataFrame  # incidents in view with claims, their figures side by side


def losses_view(engine: Engine, f: Filters, chosen: tuple[str, ...] = (),
                load: Callable[[list[str]], dict[str, Event]] | None = None,
                limit: int = ROW_LIMIT) -> LossesView:
    """The Losses page's data, the claims in view grouped once. ``chosen`` narrows the claims
    and the totals to those categories (the incidents list keeps every category); ``load(ids)``
    opens events for the claims' targets and evidence (e.g. `Store.events_by_id`)."""
    with engine.connect() as conn:
        d = _group_claims_in_view(conn, f)
        try:
            categories = list(conn.execute(select(d.c.category).distinct()
                                           .order_by(d.c.category)).scalars())
            narrowed = (select(d).where(d.c.category.in_(chosen)).subquery("d")
                        if chosen else d)
            by_category, by_claimant = both_totals_of(conn, narrowed)
            conn.execute(BY_INCIDENT)
            rows = [r._asdict() for r in conn.execute(claims_listing(narrowed, limit))]
            incidents = incidents_with_losses_of(conn, d, limit)
        finally:
            # the temporary table goes with the transaction that made it (SQLite and PostgreSQL
            # both roll DDL back), also after a failed statement, when PostgreSQL would refuse
            # a DROP and hide the error that stopped the page
            conn.rollback()
    return LossesView(categories=categories, claims=claims_table(rows, load),
                      by_category=by_category, by_claimant=by_claimant, incidents=incidents)


def _group_claims_in_view(conn: Connection, f: Filters) -> Any:
    """The distinct claims in view, grouped once into this connection's temporary table."""
    conn.execute(DROP)  # a connection back from the pool after an error may still hold one
    CLAIMS_IN_VIEW.create(conn)
    grouped = distinct_claims(f)
    conn.execute(insert(CLAIMS_IN_VIEW).from_select(
        [c.name for c in CLAIMS_IN_VIEW.c], grouped))
    return CLAIMS_IN_VIEW


__all__ = ["BY_INCIDENT", "CLAIMS_IN_VIEW", "LossesView", "losses_view"]
