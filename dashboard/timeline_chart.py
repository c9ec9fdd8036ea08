"""The timeline's counts chart (views over ``TIMELINE_LIMIT`` dated events), built without
plotly express.

``px.bar`` spends ~140 ms of this machine's CPU on a chart of 90 days × 10 types (its argument
handling, subplots and a validated template): a seventh of the 1M-event timeline page. The same
stacked bars, one trace per type in the order the types first appear, with the same colours,
names, axis titles and hovers, built as graph objects take ~35 ms (`tests/test_timeline_chart.py`
checks they draw what ``px.bar`` drew).
"""
from __future__ import annotations

from typing import Mapping

import pandas as pd
import plotly.graph_objects as go


def counts_figure(counts: pd.DataFrame, colours: Mapping[str, str]) -> go.Figure:
    """Stacked bars of ``counts`` (columns period, event_type, incidents): one trace per type,
    coloured by ``colours`` (a type without a colour takes the template's next one)."""
    traces = []
    for kind, rows in counts.groupby("event_type", sort=False):
        marker = {"color": colours[kind]} if kind in colours else {}
        traces.append(go.Bar(
            x=rows["period"], y=rows["incidents"], name=kind, legendgroup=kind, marker=marker,
            orientation="v", showlegend=True, textposition="auto",
            hovertemplate=f"event_type={kind}<br>period=%{{x}}<br>incidents=%{{y}}"
                          "<extra></extra>"))
    return go.Figure(traces, layout={
        "barmode": "relative", "xaxis": {"title": {"text": "period"}},
        "yaxis": {"title": {"text": "incidents"}},
        "legend": {"title": {"text": "event_type"}, "tracegroupgap": 0},
        "margin": {"t": 60}})


__all__ = ["counts_figure"]
