"""Losses: every distinct claim, totals as ranges per category and per claimant, downloads.
The totals are the database's (``events.query_losses``); the table shows a page of claims."""
from __future__ import annotations

import plotly.express as px
import streamlit as st

from dashboard.html import incident_link, plotly_text
from events.query import ROW_LIMIT
from events.query_incidents import CONTESTED_FACTOR
from events.query_losses import totals_frame
from pages import _data as data
from pages._shared import export_buttons, table_download, view

v = view()
everything = data.losses(v.url, v.stamp, v.filters, ())  # every category: the choice offered
chosen = tuple(st.multiselect("Categories", everything.categories, key="loss_category"))
page = data.losses(v.url, v.stamp, v.filters, chosen) if chosen else everything
claims, by_category, by_claimant = page.claims, page.by_category, page.by_claimant

if any(t.multi_report_incidents for t in by_category) or (claims["reports"] > 1).any():
    st.warning("Some incidents are reported by several articles. Their figures are shown side "
               "by side and are NOT summed: each such incident adds the span between the lowest "
               "and the highest report to the totals.", icon="⚠️")

incidents = everything.incidents
st.subheader(f"Incidents with claimed losses ({len(incidents):,})")
st.caption(f"One row per incident, its reports' figures side by side by claimant. "
           f"“contested”: categories where the figures differ by more than a factor of "
           f"{CONTESTED_FACTOR:g} (the highest lower bound above {CONTESTED_FACTOR:g}× the lowest "
           "upper bound: 80+ against 32, or 0 against 5).")
listed = incidents.assign(sources=[incident_link(i) for i in incidents["incident_id"]])
st.dataframe(listed[["date", "until", "event_type", "place", "reports", "claims", "contested",
                     "sources"]], hide_index=True, width="stretch", key="incidents_table",
             column_config={
                 "claims": st.column_config.TextColumn("claims side by side", width="large"),
                 "sources": st.column_config.LinkColumn("reports", display_text="read"),
             })
table_download(incidents, "incidents", "incidents_csv")
several = incidents[incidents["reports"] > 1]
if not several.empty:
    labels = {r.incident_id: f"{r.date or 'undated'} · {r.event_type} · {r.place or '?'} · "
                             f"{r.reports} reports" for r in several.itertuples()}
    chosen_incident = st.selectbox("Claims matrix of", list(labels), key="matrix_of",
                                   format_func=labels.__getitem__)
    reports, matrix = data.incident(v.url, v.stamp, chosen_incident)
    st.dataframe(matrix, hide_index=True, width="stretch", key="claims_matrix")
    table_download(matrix, "claims-matrix", "matrix_csv")
    st.page_link("pages/sources.py", label=f"Read its {len(reports)} reports",
                 query_params={"incident": chosen_incident})

st.subheader("Every distinct claim")

columns = ["date", "place", "claimant", "target", "category", "qualifier", "estimate",
           "evidence", "note", "article_id"]
if len(claims) >= ROW_LIMIT:
    st.caption(f"The first {ROW_LIMIT:,} distinct claims by date; the totals count them all.")
st.dataframe(claims[columns], hide_index=True, width="stretch", key="claims_table",
             column_config={
                 "date": st.column_config.TextColumn("date"),
                 "estimate": st.column_config.TextColumn(
                     "estimate", help="80+ = more than 80; ~30 = about 30; 12–20 = a range"),
                 "evidence": st.column_config.TextColumn("evidence", width="large"),
                 "note": st.column_config.TextColumn("not summed with", width="medium"),
             })

left, right = st.columns(2)
left.subheader("Totals per category")
with left:
    per_category = totals_frame(by_category).drop(columns=["claimant"])
    st.dataframe(per_category, hide_index=True, key="totals_category")
    table_download(per_category, "totals-per-category", "totals_category_csv")
with right:
    st.subheader("Totals per claimant")
    st.dataframe(totals_frame(by_claimant), hide_index=True, key="totals_claimant")
    table_download(totals_frame(by_claimant), "totals-per-claimant", "totals_claimant_csv")

if by_claimant:
    bars = totals_frame(by_claimant)
    bars["claimant"] = bars["claimant"].map(plotly_text)  # plotly renders some HTML in labels
    fig = px.bar(bars, x="category", y="low", color="claimant", barmode="group", text="total",
                 labels={"low": "claimed (lower bound)"})
    st.plotly_chart(fig, key="losses_chart")

st.subheader("Export")
table_download(claims[columns], "claims", "claims_csv")
export_buttons(v, "losses_export")
