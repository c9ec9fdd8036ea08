"""Timeline: interval bars in swimlanes (by actor or type); a box selection sets the window.
Beyond ``TIMELINE_LIMIT`` dated events the chart shows counts per day or week."""
from __future__ import annotations

from urllib.parse import quote

import pandas as pd
import streamlit as st

from dashboard.html import sources_link
from dashboard.icons import TYPE_COLOURS
from dashboard.timeline_chart import bars_figure, counts_figure
from events.query import ROW_LIMIT, TIMELINE_LIMIT
from pages import _data as data
from pages._shared import request_window, table_download, view

v = view()
lane = st.segmented_control("Swimlanes", ["actor", "event type"], default="actor",
                            key="lane") or "actor"


def _on_select() -> None:
    """A box drawn on the chart becomes the date window (zoom never reaches Python)."""
    boxes = st.session_state["timeline_chart"].selection.get("box") or []
    first, last = v.options.first_day, v.options.last_day
    if boxes and first and last:
        x0, x1 = sorted(pd.Timestamp(x).date() for x in boxes[0]["x"])
        request_window(max(x0, first), min(x1, last))


dated = v.summary["events"] - v.summary["undated"]
if not dated:
    st.info("No dated events in view.")
elif dated <= TIMELINE_LIMIT:
    rows = data.timeline(v.url, v.stamp, v.filters, lane, dated, TIMELINE_LIMIT)
    fig = bars_figure(rows, TYPE_COLOURS, (v.filters.start, v.filters.end))
    st.plotly_chart(fig, key="timeline_chart", on_select=_on_select, selection_mode="box")
else:
    counts = data.timeline(v.url, v.stamp, v.filters, lane, dated, TIMELINE_LIMIT)
    unit = "week" if counts.attrs["freq"] == "W" else "day"
    st.caption(f"{dated:,} events: shown as counts per {unit} of the incidents they report "
               "(an incident reported by several articles counts once).")
    fig = counts_figure(counts, TYPE_COLOURS)  # px.bar's chart at a quarter of its CPU
    fig.update_layout(dragmode="select", height=320)
    st.plotly_chart(fig, key="timeline_chart", on_select=_on_select, selection_mode="box")

st.caption("Drag a box on the chart to set the date window.")
frame = data.listing(v.url, v.stamp, v.filters)
listing = frame.assign(
    date=frame["start"].dt.date, until=frame["end"].dt.date,
    map=[f"/?event={quote(e, safe='')}" for e in frame["event_id"]],
    source=[sources_link(a, e) for a, e in zip(frame["article_id"], frame["event_id"])],
)[["date", "until", "event_type", "modality", "actor1", "place", "evidence", "map", "source"]]
total = v.summary["events"]
st.subheader(f"Events in the window ({total:,})")
if total > len(listing):
    st.caption(f"The first {ROW_LIMIT:,} by date: narrow the filters, or export them all.")
st.dataframe(listing, hide_index=True, width="stretch", column_config={
    "date": st.column_config.DateColumn("from"), "until": st.column_config.DateColumn("until"),
    "event_type": "type", "actor1": "actor",
    "evidence": st.column_config.TextColumn("evidence", width="large"),
    "map": st.column_config.LinkColumn("map", display_text="show"),
    "source": st.column_config.LinkColumn("source", display_text="read"),
})
table_download(listing.drop(columns=["map", "source"]), "events-in-window", "timeline_csv")
if undated := v.summary["undated"]:
    st.caption(f"{undated} undated event(s) are listed without dates (no bar on the chart).")
