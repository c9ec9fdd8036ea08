"""Incidents as the dashboard shows them: their reports, and their claims side by side.

An incident's **claims matrix** holds, per category, each report's figure with who claimed it,
the outlet, the language and the day it was published ("killed: Russian MoD 80+ · SOHR 32"). An
article's distinct claims of one category and claimant add up to its figure (10 fighters and 5
civilians killed: 15); a claim repeated in the article counts once. The incident's figure for a
category is the **span** across its figures — lowest low to highest high — never their sum.

An incident is **contested** in a category when its figures disagree by more than
`CONTESTED_FACTOR`: the highest lower bound is more than twice the lowest upper bound (80+ against
32; 0 against 5). A factor of two leaves "about 30" against "32" alone, as ordinary noise between
outlets, and flags counts that cannot both be true.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from events.query import ROW_LIMIT, Filters, in_view
from events.claim_groups import distinct_claims
from events.store import articles, events, incidents

CONTESTED_FACTOR = 2.0
UNATTRIBUTED = "(unattributed)"
e, i, a = events.c, incidents.c, articles.c
EVERYTHING = Filters(include_background=True)


def estimate(lo: int, hi: int | None, approx: bool = False) -> str:
    if hi is None:
        return f"{lo}+"
    if lo == hi:
        return f"~{lo}" if approx else str(lo)
    return f"{lo}–{hi}"


@dataclass(frozen=True)
class Figure:
    """One report's figure for one category, as its claimant gave it."""
    incident_id: str
    category: str
    claimant: str
    article_id: str
    outlet: str
    language: str
    published: str | None
    lo: int
    hi: int | None
    approx: bool

    def display(self) -> str:
        return estimate(self.lo, self.hi, self.approx)


@dataclass(frozen=True)
class Span:
    """An incident's figure for one category: the span across its reports, never a sum."""
    category: str
    lo: int
    hi: int | None
    contested: bool
    figures: tuple[Figure, ...]

    def display(self) -> str:
        return estimate(self.lo, self.hi, all(f.approx for f in self.figures))


def figures(engine: Engine, incident_ids: list[str]) -> dict[str, list[Figure]]:
    """The figures of these incidents' reports (all their members, whatever the filters)."""
    with engine.connect() as conn:
        return figures_of(conn, incident_ids)


def _figures_query(incident_ids: list[str], *columns: Any) -> Select:
    """Each report's figure per category of these incidents (all their members, whatever the
    filters), with ``columns`` of its article, in the order the figures are listed."""
    # only these incidents' events are grouped (indexed): not the whole archive's claims
    d = distinct_claims(EVERYTHING, only=e.incident_id.in_(incident_ids)).subquery("d")
    per_report = (select(d.c.grp, d.c.category, d.c.claimant, d.c.article_id,
                         func.sum(d.c.lo).label("lo"), func.sum(d.c.hi).label("hi"),
                         func.count(d.c.hi).label("closed"),
                         func.count().label("n"), func.max(d.c.approx).label("approx"))
                  .where(d.c.grp.in_(incident_ids))
                  .group_by(d.c.grp, d.c.category, d.c.claimant, d.c.article_id).subquery("p"))
    return (select(per_report, *columns)
            .join_from(per_report, articles, per_report.c.article_id == a.article_id)
            .order_by(per_report.c.grp, per_report.c.category, a.published,
                      per_report.c.claimant, per_report.c.article_id))


def figures_of(conn: Connection, incident_ids: list[str]) -> dict[str, list[Figure]]:
    """`figures`, on an open connection."""
    query = _figures_query(incident_ids, a.outlet, a.language, a.published)
    out: dict[str, list[Figure]] = {}
    for r in conn.execute(query):
        out.setdefault(r.grp, []).append(Figure(
            incident_id=r.grp, category=r.category, claimant=r.claimant or UNATTRIBUTED,
            article_id=r.article_id, outlet=r.outlet, language=r.language,
            published=None if r.published is None else str(r.published)[:10],
            lo=int(r.lo or 0), hi=int(r.hi) if r.closed == r.n else None,
            approx=bool(r.approx)))
    return out


def spans(found: list[Figure]) -> dict[str, Span]:
    """Per category: the span of the figures and whether they are contested."""
    by_category: dict[str, list[Figure]] = {}
    for fig in found:
        by_category.setdefault(fig.category, []).append(fig)
    out = {}
    for category, figs in by_category.items():
        highs = [f.hi for f in figs]
        lowest_high = min(f.lo if f.hi is None else f.hi for f in figs)
        out[category] = Span(
            category=category, lo=min(f.lo for f in figs),
            hi=None if None in highs else max(h for h in highs if h is not None),
            contested=max(f.lo for f in figs) > CONTESTED_FACTOR * lowest_high,
            figures=tuple(figs))
    return out


def matrix_frame(found: list[Figure]) -> pd.DataFrame:
    """The claims matrix as a table: a row per category, a column per claimant, the span and
    the contested flag; each cell lists that claimant's figures with outlet and day."""
    claimants = sorted({f.claimant for f in found})
    rows = []
    for category, span in sorted(spans(found).items()):
        row: dict[str, Any] = {"category": category, "span": span.display(),
                               "contested": span.contested}
        for name in claimants:
            row[name] = " · ".join(
                f"{f.display()} ({f.outlet or f.article_id}, {f.language}, {f.published or '?'})"
                for f in span.figures if f.claimant == name)
        rows.append(row)
    return pd.DataFrame(rows, columns=["category", "span", "contested", *claimants])


def matrix_line(found: list[Figure], category: str) -> str:
    """One category in one line: "killed: Russian Ministry of Defence 80+ · SOHR 32"."""
    span = spans(found).get(category)
    return "" if span is None else _line(category, span)


def _line(category: str, span: Span) -> str:
    return f"{category}: " + " · ".join(f"{f.claimant} {f.display()}" for f in span.figures)


INCIDENT_COLUMNS = ["incident_id", "start", "end", "span_start", "span_end", "event_type",
                    "place", "country", "lat", "lon", "reports", "events_in_view", "manual"]


def incidents_in_view(engine: Engine, f: Filters, limit: int = ROW_LIMIT) -> pd.DataFrame:
    """The incidents with at least one event in view, by date, with their report counts."""
    members = (select(e.incident_id, func.count().label("events_in_view"))
               .where(in_view(f)).group_by(e.incident_id).subquery("m"))
    query = (select(i.incident_id, i.first_day, i.last_day, i.span_first, i.span_last,
                    i.event_type, i.place, i.country, i.lat, i.lon, i.reports,
                    members.c.events_in_view, i.manual)
             .join_from(members, incidents, members.c.incident_id == i.incident_id)
             .order_by(i.first_day.is_(None), i.first_day, i.incident_id).limit(limit))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    frame = pd.DataFrame(rows, columns=INCIDENT_COLUMNS)
    for col in ("start", "end", "span_start", "span_end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


LOSS_COLUMNS = ["incident_id", "date", "until", "event_type", "place", "reports", "claims",
                "contested"]


def incidents_with_losses(engine: Engine, f: Filters, limit: int = ROW_LIMIT) -> pd.DataFrame:
    """The Losses page's list: each incident in view that carries claims, by date, with its
    reports' figures side by side per category and the categories whose figures are
    contested."""
    with engine.connect() as conn:
        return incidents_with_losses_of(conn, distinct_claims(f).subquery("d"), limit)


def incidents_with_losses_of(conn: Connection, d: Any, limit: int = ROW_LIMIT) -> pd.DataFrame:
    """`incidents_with_losses` for the incidents of distinct claims ``d`` (a subquery of
    `distinct_claims`, or a table of them: ``events.claim_groups.claims_in_view``)."""
    claimed = select(d.c.grp).distinct().subquery("c")
    query = (select(i.incident_id, i.first_day, i.last_day, i.event_type, i.place, i.reports)
             .join_from(claimed, incidents, claimed.c.grp == i.incident_id)
             .order_by(i.first_day.is_(None), i.first_day, i.incident_id).limit(limit))
    rows = conn.execute(query).all()
    lines = loss_lines(conn, [r.incident_id for r in rows]) if rows else {}
    out = []
    for r in rows:
        claims_, contested = lines.get(r.incident_id, NO_LINES)
        out.append({"incident_id": r.incident_id, "date": _iso(r.first_day),
                    "until": _iso(r.last_day), "event_type": r.event_type, "place": r.place,
                    "reports": r.reports, "claims": claims_, "contested": contested})
    return pd.DataFrame(out, columns=LOSS_COLUMNS)


NO_LINES = ("", "")


def loss_lines(conn: Connection, incident_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Per incident, the list's two columns: its categories' lines (`matrix_line` of each,
    joined by " | ") and the contested categories, as `spans` of `figures_of` give them. Read
    from the same query's bare figures, without a `Figure` or `Span` per row: the list of a
    1M archive's 90-day view makes ~1,600 figures of 1,000 incidents (~25 ms of objects)."""
    query = _figures_query(incident_ids)
    by_incident: dict[str, dict[str, list[tuple[str, int, int | None, bool]]]] = {}
    for grp, category, claimant, _, lo, hi, closed, n, approx in conn.execute(query).all():
        hi_ = int(hi) if closed == n else None
        by_incident.setdefault(grp, {}).setdefault(category, []).append(
            (claimant or UNATTRIBUTED, int(lo or 0), hi_, bool(approx)))
    out = {}
    for grp, by_category in by_incident.items():
        lines, contested = [], []
        for category in sorted(by_category):
            figs = by_category[category]
            lines.append(f"{category}: " + " · ".join(f"{who} {estimate(lo, hi, approx)}"
                                                       for who, lo, hi, approx in figs))
            lowest_high = min(lo if hi is None else hi for _, lo, hi, _ in figs)
            if max(lo for _, lo, _, _ in figs) > CONTESTED_FACTOR * lowest_high:
                contested.append(category)
        out[grp] = (" | ".join(lines), ", ".join(contested))
    return out


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


def incident_count(engine: Engine, f: Filters) -> int:
    """How many incidents the events in view report (the header's count)."""
    with engine.connect() as conn:
        return conn.execute(select(func.count(e.incident_id.distinct()))
                            .where(in_view(f))).scalar_one()


def incident_sources(engine: Engine, incident_id: str) -> pd.DataFrame:
    """The reports of one incident: each article (both languages) with its event and why it
    was linked."""
    query = (select(a.article_id, a.title, a.outlet, a.language, a.published, e.event_id,
                    e.event_type, e.first_day, e.last_day, e.place, e.link_score,
                    e.link_reasons, e.link_manual)
             .join_from(events, articles, e.article_id == a.article_id)
             .where(e.incident_id == incident_id)
             .order_by(a.published, a.article_id, e.event_id))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return pd.DataFrame(rows, columns=["article_id", "title", "outlet", "language", "published",
                                       "event_id", "event_type", "start", "end", "place",
                                       "link_score", "link_reasons", "manual"])


__all__ = ["CONTESTED_FACTOR", "Figure", "Span", "figures", "figures_of", "incident_count",
           "incident_sources", "incidents_in_view", "incidents_with_losses",
           "incidents_with_losses_of", "loss_lines", "matrix_frame", "matrix_line", "spans"]
