"""Claimed losses an analyst can trust: one row per claim, totals as ranges, no double counting.

Computed by the database over the claims of the events in view, grouped once per call into a
temporary table (``events.claim_groups``):

1. *A claim repeated within one article counts once* (the lead and the quoted statement often
   repeat "more than 80 killed"): same article, event type, category, who, qualifier, numbers
   and claimant -> one row, with ``repeats`` saying how often it was seen.
2. *Two accounts of one thing are never summed.* Two claimants' figures for one event of an
   article ("16 killed, officials said; 18, the Observatory said") are a span, 16–18; one
   claimant's figures of different victims, and an article's different events, add up.
   *Claims from different articles about the same incident are never summed.* Events of
   different articles that report one incident share its ``incident_id`` (``events.incidents``).
   Within an incident each article's figure is kept side by side; the incident contributes the
   span of their ranges (lowest low, highest high) and is flagged. Totals sum incidents —
   incidents that share one article's figure are one group (``events.claim_groups``).
3. *Totals are ranges*: "more than 80" is [80, open), "about 30" is ~30, "12-20" is [12, 20];
   sums keep an open upper bound open. Displayed like ``Claim.display()``: "80+", "~30", "12–20".
4. *History is not news*: claims of background events (``Event.background``, "the 1994
   genocide" recalled in passing) may be listed, but never enter a total.
"""
from __future__ import annotations

from dataclasses import dataclass
import json
from typing import Any, NamedTuple

import pandas as pd
from sqlalchemy import Engine, and_, case, false, func, literal, null, text, union_all
from sqlalchemy.engine import Connection
from sqlalchemy import select as sql_select
from sqlalchemy.sql import Select

from events.claim_groups import claimed_in_view, grouped_claims
from events.flat import _DEFAULTS, claim_range  # noqa: F401  (claim_range: part of the rules)
from events.losses_rollup import rolled_up, rolled_up_in_order
from events.model import Actor, Claim, Event, format_estimate
from events.query import ROW_LIMIT, Filters
from events.store import articles, claims, events
from geo.compiled import no_gc

e, c = events.c, claims.c
CLAIM_COLUMNS = ["claim_id", "event_id", "article_id", "date", "date_end", "place", "claimant",
                 "target", "category", "who", "qualifier", "estimate", "low", "best", "high",
                 "lo", "hi", "approx", "evidence", "event_type", "repeats", "incident_id",
                 "reports", "note", "background"]


@dataclass(frozen=True)
class Total:
    """A summed range. ``high is None`` means open-ended ("80+")."""
    category: str
    claimant: str | None
    low: int
    high: int | None
    approx: bool = False
    claims: int = 0
    multi_report_incidents: int = 0  # incidents whose articles' figures were not summed

    def display(self) -> str:
        if self.high is None:
            return f"{self.low}+"
        if self.low == self.high:
            return f"~{self.low}" if self.approx else str(self.low)
        return f"{self.low}–{self.high}"


def _all_closed(column: Any) -> Any:
    """NULL (open) as soon as one value is open, else the column's values as they are."""
    return func.count(column) == func.count()


def _summed(lo: Any, hi: Any, approx: Any) -> list[Any]:
    """Ranges summed: the lows added, the highs added (open as soon as one is), approximate if
    one is. Columns lo, hi, approx."""
    return [func.sum(lo).label("lo"), case((_all_closed(hi), func.sum(hi))).label("hi"),
            func.max(approx).label("approx")]


def _spanned(lo: Any, hi: Any, approx: Any) -> list[Any]:
    """Ranges side by side, never summed: their span (lowest low, highest high, open as soon as
    one is), approximate if one is. Columns lo, hi, approx."""
    return [func.min(lo).label("lo"), case((_all_closed(hi), func.max(hi))).label("hi"),
            func.max(approx).label("approx")]


def _totals_query(d: Any, by_claimant: bool) -> Select:
    """Rules 2-4 over distinct claims ``d``: per claimant of an event (summed), per event (the
    claimants' span), per article (summed), per incident (a span, never a sum), then summed per
    category (and claimant). Columns: category, claimant (NULL unless ``by_claimant``), low,
    high (NULL = open), approx, claims, multi-report incidents."""
    keys = [d.c.category] + ([d.c.claimant] if by_claimant else [])
    per_article = _per_article(d, keys) if by_claimant else _per_article_of_voices(d)
    a = per_article.c
    a_keys = [a.category] + ([a.claimant] if by_claimant else [])
    per_group = (sql_select(*a_keys, *_spanned(a.lo, a.hi, a.approx),
                            func.count().label("articles"), func.sum(a.n).label("n"))
                 .group_by(*a_keys, a.tally).subquery())
    g = per_group.c
    g_keys = [g.category] + ([g.claimant] if by_claimant else [])
    return (sql_select(g.category, (g.claimant if by_claimant else null()).label("who_claims"),
                       *_summed(g.lo, g.hi, g.approx), func.sum(g.n),
                       func.sum(case((g.articles > 1, 1), else_=0)))
            .group_by(*g_keys))


def _per_article(d: Any, keys: list[Any]) -> Any:
    """An article's figures per ``keys`` (one claimant's, in the totals per claimant), summed."""
    return (sql_select(*keys, d.c.tally, d.c.article_id, *_summed(d.c.lo, d.c.hi, d.c.approx),
                       func.count().label("n"))
            .where(d.c.background == false())
            .group_by(*keys, d.c.tally, d.c.article_id).subquery())


def _per_article_of_voices(d: Any) -> Any:
    """An article's figures per category over all its claimants: each claimant's account of
    an event summed (different victims), the accounts of one event side by side (their span),
    the article's events summed."""
    voice = (sql_select(d.c.category, d.c.tally, d.c.article_id, d.c.event_id,
                        *_summed(d.c.lo, d.c.hi, d.c.approx), func.count().label("n"))
             .where(d.c.background == false())
             .group_by(d.c.category, d.c.tally, d.c.article_id, d.c.event_id, d.c.claimant)
             .subquery()).c
    event = (sql_select(voice.category, voice.tally, voice.article_id,
                        *_spanned(voice.lo, voice.hi, voice.approx), func.sum(voice.n).label("n"))
             .group_by(voice.category, voice.tally, voice.article_id, voice.event_id)
             .subquery()).c
    return (sql_select(event.category, event.tally, event.article_id,
                       *_summed(event.lo, event.hi, event.approx), func.sum(event.n).label("n"))
            .group_by(event.category, event.tally, event.article_id).subquery())


def _total(row: Any) -> Total:
    category, claimant, low, high, approx, n, multi = row[-7:]
    return Total(category=category, claimant=claimant, low=int(low),
                 high=None if high is None else int(high), approx=bool(approx), claims=int(n),
                 multi_report_incidents=int(multi))


def totals(engine: Engine, f: Filters, by_claimant: bool = False,
           categories: tuple[str, ...] = ()) -> list[Total]:
    """Totals per category (and per claimant) as ranges, following rules 1-4."""
    with grouped_claims(engine, f, categories) as (conn, d):
        return [_total(row) for row in conn.execute(
            _totals_query(d, by_claimant).order_by(text("1, 2")))]


def both_totals(engine: Engine, f: Filters, categories: tuple[str, ...] = ()
                ) -> tuple[list[Total], list[Total]]:
    """`totals` per category and per category x claimant in one statement: the claims in view
    are grouped once (the Losses page shows both)."""
    with grouped_claims(engine, f, categories) as (conn, d):
        return both_totals_of(conn, d)


# The most claims in view whose totals are rolled up in Python (a 1M archive's 90-day view holds
# ~20,000): its dictionaries take ~1.4 KB a claim, so a whole archive (~500,000 at 1M: +700 MB
# of RSS) is summed by SQL's sorts instead, which keep to SQLite's 64 MB of sort memory.
ROLL_UP_LIMIT = 100_000


def both_totals_of(conn: Connection, d: Any) -> tuple[list[Total], list[Total]]:
    """`both_totals` over the distinct claims of table ``d`` (`claims_in_view`): their ranges
    are read once and rolled up here, level by level as `_totals_query` does in SQL (the same
    rules, the same figures: tests), in the order its ORDER BY gives. In SQL each level is a
    sort of up to every claim in view: eight sorts of ~20,000 rows for a 1M archive's 90-day
    view (~450 ms of CPU, the page's largest part); here one read, sorted on SQLite so that
    each level is a run of rows (`events.losses_rollup`). Beyond `ROLL_UP_LIMIT` claims, SQL
    sums them."""
    if conn.execute(sql_select(func.count()).select_from(d)).scalar_one() > ROLL_UP_LIMIT:
        both = union_all(
            sql_select(literal(0).label("by"), _totals_query(d, False).subquery()),
            sql_select(literal(1).label("by"), _totals_query(d, True).subquery()))
        out: tuple[list[Total], list[Total]] = ([], [])
        for row in conn.execute(both.order_by(text("1, 2, 3"))):
            out[row[0]].append(_total(row))
        return out
    d_ = d.c
    in_sqlite = conn.dialect.name == "sqlite"
    with no_gc():  # ~100,000 small tuples and lists: the cyclic GC rescanned them (~280 ms)
        if in_sqlite:  # one pass over the claims in the order of the rules' levels
            query = (sql_select(d_.category, d_.tally, d_.article_id, d_.event_id, d_.claimant,
                                d_.lo, d_.hi, d_.approx).where(d_.background == false())
                     .order_by(d_.category, d_.tally, d_.article_id, d_.event_id, d_.claimant))
            rolled = rolled_up_in_order(conn.execute(query).all())
        else:  # text order is the database's collation: let it decide, as in SQL
            query = (sql_select(d_.category, d_.claimant, d_.tally, d_.article_id, d_.event_id,
                                d_.lo, d_.hi, d_.approx).where(d_.background == false())
                     .order_by(d_.category, d_.claimant))
            rolled = rolled_up(conn.execute(query))
    out = ([_total(row) for row in rolled[0]], [_total(row) for row in rolled[1]])
    if in_sqlite:  # SQLite's text order is the code points' (UTF-8 bytes), NULL first
        for totals_ in out:
            totals_.sort(key=lambda t: (t.category, t.claimant is not None, t.claimant or ""))
    return out


def killed_claimed(engine: Engine, f: Filters) -> str:
    """The header strip's "killed claimed" figure, e.g. "80+" (or "0" when none): the killed
    claims in view rolled up as the Losses page rolls its totals up (`both_totals_of`: the
    same figure as `totals`, ~50 ms less than its SQL at 1M events)."""
    with grouped_claims(engine, f, ("killed",)) as (conn, d):
        killed = both_totals_of(conn, d)[0]
    return killed[0].display() if killed else "0"


def categories(engine: Engine, f: Filters) -> list[str]:
    query = sql_select(c.category).join_from(claims, events, c.event_id == e.event_id) \
        .where(claimed_in_view(f)).distinct().order_by(c.category)
    with engine.connect() as conn:
        return list(conn.execute(query).scalars())


def claims_frame(engine: Engine, f: Filters, categories: tuple[str, ...] = (),
                 limit: int = ROW_LIMIT, load=None) -> pd.DataFrame:
    """One row per distinct claim (rule 1), by date, at most ``limit``: with its report group,
    how many articles report that group (``reports``) and a plain-words note. ``load(ids)``
    returns the events by id (their JSON, for the target and the evidence sentence)."""
    with grouped_claims(engine, f, categories) as (conn, d):
        rows = [r._asdict() for r in conn.execute(claims_listing(d, limit))]
    return claims_table(rows, load)


def claims_listing(d: Any, limit: int = ROW_LIMIT) -> Select:
    """The first ``limit`` of distinct claims ``d`` by date, each with ``reports``: how many
    articles report its figures of that category (its tally group: `events.claim_groups`)."""
    reports = (sql_select(d.c.tally, d.c.category,
                          func.count(d.c.article_id.distinct()).label("reports"))
               .group_by(d.c.tally, d.c.category).subquery("r"))
    return (sql_select(d, reports.c.reports)
            .join_from(d, reports, and_(d.c.tally == reports.c.tally,
                                        d.c.category == reports.c.category))
            .order_by(d.c.date.is_(None), d.c.date, d.c.category, d.c.claimant, d.c.claim_id)
            .limit(limit))


def claims_table(rows: list[dict[str, Any]], load=None,
                 sources: dict[str, Sources] | None = None) -> pd.DataFrame:
    """`claims_listing` rows as the page's table, with target and evidence from the events
    ``load(ids)`` opens, or from their ``sources`` (`claim_sources`: the same, read bare)."""
    if sources is None:
        opened: dict[str, Event] = load([r["event_id"] for r in rows]) if load and rows else {}
        sources = {event_id: sources_of(event) for event_id, event in opened.items()}
    out = []
    for r in rows:
        source = sources.get(r["event_id"])
        claim_at = _claim_span(source, r)
        out.append({
            "claim_id": r["claim_id"], "event_id": r["event_id"], "article_id": r["article_id"],
            "date": _iso(r["date"]), "date_end": _iso(r["date_end"]), "place": r["place"],
            "claimant": r["claimant"] or "(unattributed)",
            "target": (source.target if source else None) or r["who"],
            "category": r["category"], "who": r["who"],
            "qualifier": r["qualifier"],
            "estimate": format_estimate(r["qualifier"], r["low"], r["best"], r["high"]),
            "low": r["low"], "best": r["best"], "high": r["high"], "lo": r["lo"],
            "hi": r["hi"], "approx": bool(r["approx"]),
            "evidence": _evidence_for(source, *claim_at) if source else "",
            "event_type": r["event_type"], "repeats": r["repeats"], "incident_id": r["grp"],
            "reports": int(r["reports"]),
            "note": (f"reported by {r['reports']} articles: shown side by side, not summed"
                     if r["reports"] > 1 else ""),
            "background": bool(r["background"]),
        })
    return pd.DataFrame(out, columns=CLAIM_COLUMNS)


class Sources(NamedTuple):
    """What the claims table reads of an event: its target (the first actor2's name), its
    claims as (category, who, qualifier, low, best, high, start, end, text) and its evidence
    as (start, end, sentence), in the event's order."""
    target: str | None
    claims: list[tuple]
    evidence: list[tuple[int, int, str]]


def sources_of(event: Event) -> Sources:
    return Sources(
        next((a.name for a in event.actors if a.role == "actor2"), None),
        [(c.category, c.who, c.qualifier, c.low, c.best, c.high, c.start, c.end, c.text)
         for c in event.claims],
        [(ev.start, ev.end, ev.sentence) for ev in event.evidence])


_ACTOR, _CLAIM = _DEFAULTS[Actor], _DEFAULTS[Claim]


def claim_sources(conn: Connection, event_ids: list[str]) -> dict[str, Sources]:
    """`sources_of` each of these events as `Store.events_by_id` opens it, read from its stored
    JSON (`events.flat.compact`: defaults left out, evidence sentences cut from the article)
    without building the `Event`: the page's 1,000 claims open ~700 events, and their
    dataclasses (places, actors, claims, evidence) cost more than the JSON (~35 ms)."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for i in range(0, len(event_ids), 500):
        found += [(event_id, article_id, json.loads(stored)) for event_id, article_id, stored
                  in conn.execute(sql_select(e.event_id, e.article_id, e.json)
                                  .where(e.event_id.in_(event_ids[i:i + 500]))).all()]
    wanted = sorted({article_id for _, article_id, d in found
                     if any("sentence" not in ev for ev in d.get("evidence") or [])})
    texts: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        texts.update(conn.execute(sql_select(articles.c.article_id, articles.c.text)
                                  .where(articles.c.article_id.in_(wanted[i:i + 500]))).all())
    out = {}
    for event_id, article_id, d in found:
        text = texts.get(article_id, "")
        target = next((a["name"] for a in d.get("actors") or []
                       if a.get("role", _ACTOR["role"]) == "actor2"), None)
        claims_ = [(c["category"], c.get("who", _CLAIM["who"]),
                    c.get("qualifier", _CLAIM["qualifier"]), c.get("low"), c.get("best"),
                    c.get("high"), c.get("start", 0), c.get("end", 0), c.get("text", ""))
                   for c in d.get("claims") or []]
        evidence = [(ev["start"], ev["end"], ev["sentence"] if "sentence" in ev
                     else text[ev.get("start", 0):ev.get("end", 0)])
                    for ev in d.get("evidence") or []]
        out[event_id] = Sources(target, claims_, evidence)
    return out


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


def _claim_span(source: Sources | None, row: dict[str, Any]) -> tuple[int, int, str]:
    """Offsets and text of the row's claim in its event (the first that matches the row)."""
    key = (row["category"], row["who"], row["qualifier"], row["low"], row["best"], row["high"])
    for claim in source.claims if source else []:
        if claim[:6] == key:
            return claim[6], claim[7], claim[8]
    return 0, 0, ""


def _evidence_for(source: Sources, start: int, end: int, fallback: str) -> str:
    """The evidence sentence holding the claim, else the event's first."""
    for ev_start, ev_end, sentence in source.evidence:
        if ev_start <= start and end <= ev_end:
            return sentence
    return source.evidence[0][2] if source.evidence else fallback


def totals_frame(items: list[Total]) -> pd.DataFrame:
    """Totals as a table (and as bars: ``low`` with the open/closed upper bound in the label)."""
    return pd.DataFrame([{
        "category": t.category, "claimant": t.claimant, "total": t.display(), "low": t.low,
        "high": t.high, "claims": t.claims,
        "not summed": (f"{t.multi_report_incidents} incident(s) reported by several articles"
                       if t.multi_report_incidents else ""),
    } for t in items], columns=["category", "claimant", "total", "low", "high", "claims",
                                "not summed"])


__all__ = ["CLAIM_COLUMNS", "ROLL_UP_LIMIT", "Total", "both_totals", "both_totals_of",
           "Sources", "categories", "claim_range", "claim_sources", "claims_frame", "claims_listing",
           "claims_table", "killed_claimed", "sources_of", "totals", "totals_frame"]
