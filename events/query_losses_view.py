"""The Losses page's data in one pass: the claims in view are grouped once, then read four ways.

The page shows the categories claimed, a page of distinct claims, totals per category and per
claimant, and the incidents with their figures. Each is a query over the *distinct claims* of
the events in view (``events.query_losses``, rule 1: a claim repeated in an article counts once),
and grouping those is the costly part (a million-event archive: ~20,000 claims in a 90-day
window, read through the events). Here they are grouped once into a temporary table of the
connection (``events.claim_groups``), and the page's four queries read that table: the same
rules, the same SQL (`claims_listing`, `both_totals_of`, `incidents_with_losses_of`), the same
figures as the functions that each group on their own (a test). The table lives only for the
call.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pandas as pd

from sqlalchemy import Engine, func, select, text
from sqlalchemy.sql import Select

from events.claim_groups import CLAIMS_IN_VIEW, grouped_claims
from events.model import Event
from events.query import ROW_LIMIT, Filters
from events.query_incidents import incidents_with_losses_of
from events.query_losses import Total, both_totals_of, claim_sources, claims_table
from geo.compiled import no_gc

# The listing counts each group's reports per category, the incident list reads incidents:
# by this index, not by a scan per claim (a full-span view holds ~500,000 claims at 1M events).
# Made once the totals are summed: with it, the totals' groupings read the table through it,
# row by row (slower than the scan and sort they do without it).
BY_GROUP = text(f"CREATE INDEX ix_{CLAIMS_IN_VIEW.name}_tally "
                f"ON {CLAIMS_IN_VIEW.name} (tally, category, article_id)")


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
                limit: int = ROW_LIMIT, sources: bool = False) -> LossesView:
    """The Losses page's data, the claims in view grouped once. ``chosen`` narrows the claims
    and the totals to those categories (the incidents list keeps every category); ``load(ids)``
    opens events for the claims' targets and evidence (e.g. `Store.events_by_id`), or with
    ``sources`` they are read from the store on the same connection (`claim_sources`: the
    same target and evidence, without opening the events)."""
    # tens of thousands of short-lived rows, lists and opened events, none in a cycle: the
    # cyclic GC would scan them ~20 times a call (~30-50 ms at 1M), so it waits until the end
    with no_gc():
        with grouped_claims(engine, f) as (conn, d):
            categories = list(conn.execute(select(d.c.category).distinct()
                                           .order_by(d.c.category)).scalars())
            narrowed = select(d).where(d.c.category.in_(chosen)).subquery("d") if chosen else d
            by_category, by_claimant = both_totals_of(conn, narrowed)
            conn.execute(BY_GROUP)
            rows = [r._asdict() for r in conn.execute(claims_page(narrowed, limit))]
            incidents = incidents_with_losses_of(conn, d, limit)
            read = claim_sources(conn, [r["event_id"] for r in rows]) if sources else None
        table = claims_table(rows, load, read)
    return LossesView(categories=categories, claims=table, by_category=by_category,
                      by_claimant=by_claimant, incidents=incidents)


def claims_page(d: Any, limit: int = ROW_LIMIT) -> Select:
    """`events.query_losses.claims_listing`, the same rows in the same order, cheaper: the page
    of ``limit`` claims is picked first, and only its rows count their group's reports, each
    by one lookup in `BY_GROUP` (made before this is read). The listing counts the reports of
    every group in view and joins them to every claim before sorting (a 1M archive's 90-day
    view: ~20,000 rows, ~110 ms against ~50). A claim without a tally group (its event in no
    incident) is left out, as the listing's join leaves it out."""
    page = (select(d).where(d.c.tally.is_not(None))
            .order_by(d.c.date.is_(None), d.c.date, d.c.category, d.c.claimant, d.c.claim_id)
            .limit(limit).subquery("p"))
    r = d.alias("r")
    reports = (select(func.count(r.c.article_id.distinct()))
               .where(r.c.tally == page.c.tally, r.c.category == page.c.category)
               .scalar_subquery())
    return (select(page, reports.label("reports"))
            .order_by(page.c.date.is_(None), page.c.date, page.c.category, page.c.claimant,
                      page.c.claim_id))


__all__ = ["BY_GROUP", "LossesView", "claims_page", "losses_view"]
