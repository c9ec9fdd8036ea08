"""The timeline's charts, built without plotly express: the counts per day or week (views over
``TIMELINE_LIMIT`` dated events) and the interval bars (views up to it).

``px.bar`` spends ~140 ms of this machine's CPU on a chart of 90 days × 10 types (its argument
handling, subplots and a validated template): a seventh of the 1M-event timeline page. The same
stacked bars, one trace per type in the order the types first appear, with the same colours,
names, axis titles and hovers, built as graph objects take ~35 ms (`tests/test_timeline_chart.py`
checks they draw what ``px.bar`` drew). ``px.timeline`` is the same machinery over up to 2,000
bars: 71–131 ms of CPU for the ~250 bars of a 100k archive's 90-day view of one actor, where
``interval_figure`` takes 17–25 ms for the same figure.
"""
from __future__ import annotations

from datetime import date
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.html import plotly_text

MS = pd.Timedelta(milliseconds=1)


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


def interval_figure(rows: pd.DataFrame, colours: Mapping[str, str],
                    custom_data: Sequence[str] = ()) -> go.Figure:
    """Interval bars of ``rows`` (columns start, finish, lane, event_type and ``custom_data``)
    as ``px.timeline(rows, x_start="start", x_end="finish", y="lane", color="event_type",
    custom_data=…, color_discrete_map=colours, labels={"lane": "", "event_type": "type"})``
    draws them, the same JSON object (its data to the byte; plotly express puts the layout's
    template first): one horizontal bar trace per type in the order the types first appear,
    each bar based at its start and as long as its interval in milliseconds. Every event type
    has a colour; one without would take the template's next colour, not plotly express's.
    The traces are given as dictionaries, validated once by the figure (graph objects would be
    validated, then deep-copied with their arrays)."""
    kinds, names = pd.factorize(rows["event_type"], sort=False)
    base, lane = rows["start"].to_numpy(), rows["lane"].to_numpy()
    length = ((rows["finish"] - rows["start"]) // MS).to_numpy()
    custom = rows[list(custom_data)].to_numpy() if custom_data else None
    traces = []
    for code, kind in enumerate(names):
        at = np.flatnonzero(kinds == code)
        marker = {"color": colours[kind]} if kind in colours else {}
        trace = {
            "type": "bar", "base": base[at], "x": length[at], "y": lane[at], "name": kind,
            "legendgroup": kind, "marker": {**marker, "pattern": {"shape": ""}},
            "orientation": "h", "showlegend": True, "textposition": "auto",
            "xaxis": "x", "yaxis": "y",
            "hovertemplate": f"type={kind}<br>start=%{{base}}<br>finish=%{{x}}<br>=%{{y}}"
                             "<extra></extra>"}
        if custom is not None:
            trace["customdata"] = custom[at]
        traces.append(trace)
    return go.Figure(traces, layout={
        "barmode": "overlay", "legend": {"title": {"text": "type"}, "tracegroupgap": 0},
        "margin": {"t": 60}, "xaxis": {"anchor": "y", "domain": [0.0, 1.0], "type": "date"},
        "yaxis": {"anchor": "x", "domain": [0.0, 1.0], "title": {"text": ""}}})


def bars_figure(rows: pd.DataFrame, colours: Mapping[str, str],
                window: tuple[date | None, date | None] = (None, None)) -> go.Figure:
    """The timeline page's chart of interval bars (``timeline_rows``): swimlanes top down, a
    hover with the place, modality, reports and evidence (escaped: plotly renders a subset of
    HTML in labels and hovers, and all of it comes from articles), the x axis on the date
    window when there is one (not decades of a year-long "in 2015")."""
    shown = rows.assign(hover=rows["evidence"].map(lambda s: plotly_text(s[:200])),
                        lane=rows["lane"].map(plotly_text), place=rows["place"].map(plotly_text))
    fig = interval_figure(shown, colours, ["event_id", "place", "modality", "hover", "reports"])
    fig.update_traces(opacity=0.7,  # bars of one lane overlap when intervals do
                      hovertemplate="<b>%{customdata[1]}</b> (%{customdata[2]}, "
                                    "%{customdata[4]} report(s))<br>"
                                    "%{customdata[3]}<extra></extra>")
    fig.update_yaxes(autorange="reversed")
    start, end = window
    if start and end:
        fig.update_xaxes(range=[start, end + pd.Timedelta(days=1)])
    fig.update_layout(height=max(260, 60 + 40 * shown["lane"].nunique()), dragmode="select",
                      margin=dict(l=10, r=10, t=30, b=10))
    return fig


__all__ = ["bars_figure", "counts_figure", "interval_figure"]
