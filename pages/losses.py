"""Losses: every distinct claim, totals as ranges per category and per claimant, downloads."""
from __future__ import annotations

import plotly.express as px
import streamlit as st

from events.export import to_csv, to_geojson, to_kml
from events.query_losses import totals, totals_frame
from dashboard.html import esc
from pages._shared import view

v = view()
claims = v.claims
categories = sorted(claims["category"].unique()) if len(claims) else []
chosen = st.multiselect("Categories", categories, key="loss_category")
if chosen:
    claims = claims[claims["category"].isin(chosen)]

if (claims["reports"] > 1).any():
    st.warning("Some events are reported by several articles. Their figures are shown side by "
               "side (see “note”) and are NOT summed: each such event adds the range between "
               "the lowest and the highest report to the totals.", icon="⚠️")

columns = ["date", "place", "claimant", "target", "category", "qualifier", "estimate",
           "evidence", "note", "article_id"]
st.dataframe(claims[columns], hide_index=True, width="stretch", key="claims_table",
             column_config={
                 "date": st.column_config.TextColumn("date"),
                 "estimate": st.column_config.TextColumn(
                     "estimate", help="80+ = more than 80; ~30 = about 30; 12–20 = a range"),
                 "evidence": st.column_config.TextColumn("evidence", width="large"),
                 "note": st.column_config.TextColumn("not summed with", width="medium"),
             })

by_category, by_claimant = totals(claims), totals(claims, by_claimant=True)
left, right = st.columns(2)
left.subheader("Totals per category")
left.dataframe(totals_frame(by_category).drop(columns=["claimant"]), hide_index=True,
               key="totals_category")
right.subheader("Totals per claimant")
right.dataframe(totals_frame(by_claimant), hide_index=True, key="totals_claimant")

if by_claimant:
    bars = totals_frame(by_claimant)
    bars["claimant"] = bars["claimant"].map(esc)  # plotly renders some HTML in labels
    fig = px.bar(bars, x="category", y="low", color="claimant", barmode="group", text="total",
                 labels={"low": "claimed (lower bound)"})
    st.plotly_chart(fig, key="losses_chart")

events = v.table.pick(v.frame)
c1, c2, c3, c4 = st.columns(4)
c1.download_button("Claims (CSV)", lambda: claims[columns].to_csv(index=False),
                   "athar-claims.csv", "text/csv")
c2.download_button("Events (CSV)", lambda: to_csv(events), "athar-events.csv", "text/csv")
c3.download_button("Events (GeoJSON)", lambda: to_geojson(events), "athar-events.geojson",
                   "application/geo+json")
c4.download_button("Events (KML)", lambda: to_kml(events), "athar-events.kml",
                   "application/vnd.google-earth.kml+xml")
