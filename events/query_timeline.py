"""The timeline's data: interval bars for small views, counts per day or week for large ones,
and the listing of events in the window with their first evidence sentence.

The timeline draws *incidents*: the reports of one incident by several articles are one bar, at
the incident's date (the tightest interval of its reports), and count once per day.

The evidence is cut from the article text by the offsets the store keeps (``ev_start``,
``ev_end``): the sentence is stored once, in the article.
"""
from __future__ import annotations

from typing import Literal

import pandas as pd
from sqlalchemy import Engine, func
from sqlalchemy import select as sql_select

from events.query import ROW_COLUMNS, ROW_LIMIT, TIMELINE_LIMIT, Filters, frame_of, in_view
from events.store import articles, events, incidents

e = events.c
Lane = Literal["actor", "type"]


def evidence_column():  # type: ignore[no-untyped-def]
    """The first evidence sentence of an event, cut from its article's text (SQL)."""
    return func.coalesce(func.substr(articles.c.text, e.ev_start + 1, e.ev_end - e.ev_start),
                         "").label("evidence")


def rows_with_evidence(engine: Engine, f: Filters, limit: int, dated_only: bool = False
                       ) -> pd.DataFrame:
    """Events in view by date with their evidence, at most ``limit``. The page of events is
    chosen first, from the view's index alone; only its rows are read with their articles (a
    join first would read every event in view with its article's text before sorting them:
    34,000 at 1M events, for a page of 1,000)."""
    chosen = (sql_select(e.event_id).where(in_view(f))
              .order_by(e.first_day.is_(None), e.first_day, e.event_id).limit(limit))
    if dated_only:
        chosen = chosen.where(e.first_day.is_not(None))
    page = chosen.subquery("page")
    query = (sql_select(*ROW_COLUMNS, evidence_column())
             .join_from(page, events, page.c.event_id == e.event_id)
             .join(articles, articles.c.article_id == e.article_id)
             .order_by(e.first_day.is_(None), e.first_day, e.event_id))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return frame_of(rows, [c.name for c in ROW_COLUMNS] + ["evidence"])


def timeline_rows(engine: Engine, f: Filters, lane: Lane = "actor",
                  limit: int = TIMELINE_LIMIT) -> pd.DataFrame:
    """Interval bars (the page draws them with ``dashboard.timeline_chart.bars_figure``), one
    per incident in view: its first event in view gives lane, type, place and evidence; its
    dates are the incident's (``finish`` one day after the last day so a single day is
    visible); ``reports`` counts its articles. Undated events are listed apart by the page."""
    dated = rows_with_evidence(engine, f, limit, dated_only=True).drop_duplicates("incident_id")
    ids = list(dated["incident_id"])
    known: dict[str, tuple] = {}
    with engine.connect() as conn:
        for i in range(0, len(ids), 500):
            known.update((r[0], r[1:]) for r in conn.execute(sql_select(
                incidents.c.incident_id, incidents.c.first_day, incidents.c.last_day,
                incidents.c.reports).where(incidents.c.incident_id.in_(ids[i:i + 500]))))
    first, last, reports = (pd.Series([known.get(i, (None, None, 1))[k] for i in ids],
                                      index=dated.index) for k in range(3))
    start = pd.to_datetime(first).fillna(dated["start"])
    end = pd.to_datetime(last).fillna(dated["end"])
    return pd.DataFrame({
        "event_id": dated["event_id"], "incident_id": dated["incident_id"],
        "lane": dated["actor1" if lane == "actor" else "event_type"],
        "event_type": dated["event_type"], "start": start, "finish": end + pd.Timedelta(days=1),
        "place": dated["place"].fillna("—"), "modality": dated["modality"],
        "evidence": dated["evidence"], "reports": reports.astype("int64"),
    })


def timeline_counts(engine: Engine, f: Filters, freq: Literal["D", "W"] | None = None
                    ) -> pd.DataFrame:
    """Incidents in view per day (or week, for spans over ~6 months) and type, each counted once,
    on its first day: the aggregated timeline for views with more than ``TIMELINE_LIMIT``
    events. The database counts per day and type (a few thousand rows at most); weeks are
    summed here. The incidents in view are listed first (``IN``: each once, in key order) and
    then counted, rather than joined to every event in view and counted DISTINCT (two sorts of
    ~34,000 rows at 1M events for one)."""
    i = incidents.c
    in_view_ids = sql_select(e.incident_id).where(in_view(f))
    query = (sql_select(i.first_day, i.event_type, func.count())
             .where(i.incident_id.in_(in_view_ids), i.first_day.is_not(None))
             .group_by(i.first_day, i.event_type))
    with engine.connect() as conn:
        per_day = pd.DataFrame(conn.execute(query).all(),
                               columns=["day", "event_type", "incidents"])
    per_day["day"] = pd.to_datetime(per_day["day"])
    if freq is None:
        span = per_day["day"].max() - per_day["day"].min() if len(per_day) else pd.Timedelta(0)
        freq = "W" if span > pd.Timedelta(days=180) else "D"
    period = per_day["day"].dt.to_period(freq).dt.start_time
    out = (per_day.assign(period=period).groupby(["period", "event_type"])["incidents"].sum()
           .reset_index())
    out.attrs["freq"] = freq
    return out


def listing(engine: Engine, f: Filters, limit: int = ROW_LIMIT) -> pd.DataFrame:
    """The first ``limit`` events in view by date (undated last), with their evidence."""
    return rows_with_evidence(engine, f, limit)
