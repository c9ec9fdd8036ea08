"""Losses: every distinct claim, totals as ranges per category and per claimant, downloads.
The totals are the database's (``events.query_losses``); the table shows a page of claims."""
from __future__ import annotations

import plotly.express as px
import streamlit as st

from dashboard.html import plotly_text
from events.query import ROW_LIMIT
from events.query_losses import totals_frame
from pages import _data as data
from pages._shared import export_buttons, table_download, view

v = view()
categories = data.claim_categories(v.url, v.stamp, v.filters)
chosen = tuple(st.multiselect("Categories", categories, key="loss_category"))
claims, by_category, by_claimant = data.losses(v.url, v.stamp, v.filters, chosen)

if any(t.multi_report_incidents for t in by_category) or (claims["reports"] > 1).any():
    st.warning("Some events are reported by several articles. Their figures are shown side by "
               "side (see “note”) and are NOT summed: each such event adds the range between "
               "the lowest and the highest report to the totals.", icon="⚠️")

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
