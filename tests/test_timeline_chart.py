"""The timeline's charts, built without plotly express, draw what ``px.bar`` and
``px.timeline`` drew: the browser gets the same figure."""
from __future__ import annotations

import json
from datetime import date

import numpy as np
import pandas as pd
import plotly.express as px
import pytest

from dashboard.html import plotly_text
from dashboard.icons import TYPE_COLOURS
from dashboard.timeline_chart import bars_figure, counts_figure, interval_figure

COUNTS = pd.DataFrame({
    "period": pd.to_datetime(["2025-01-06", "2025-01-06", "2025-01-13", "2025-01-20",
                              "2025-01-20"]),
    "event_type": ["clash", "airstrike", "airstrike", "shelling", "clash"],
    "incidents": [4, 3, 5, 1, 2],
})
DRAWN = ["type", "name", "legendgroup", "hovertemplate", "orientation", "showlegend"]


def test_the_counts_are_stacked_bars_one_trace_per_type_as_plotly_express_draws_them():
    ours = counts_figure(COUNTS, TYPE_COLOURS).to_dict()
    theirs = px.bar(COUNTS, x="period", y="incidents", color="event_type",
                    color_discrete_map=TYPE_COLOURS).to_dict()
    assert len(ours["data"]) == len(theirs["data"]) == 3
    for mine, px_trace in zip(ours["data"], theirs["data"]):  # types in order of appearance
        assert {k: mine.get(k) for k in DRAWN} == {k: px_trace.get(k) for k in DRAWN}
        assert mine["marker"]["color"] == px_trace["marker"]["color"]
        assert list(pd.to_datetime(mine["x"])) == list(pd.to_datetime(px_trace["x"]))
        assert list(mine["y"]) == list(px_trace["y"])
    for key in ("barmode", "legend"):
        assert ours["layout"][key] == theirs["layout"][key]
    for axis in ("xaxis", "yaxis"):
        assert ours["layout"][axis]["title"] == theirs["layout"][axis]["title"]


def test_a_view_with_no_counts_is_an_empty_chart():
    empty = COUNTS.iloc[:0]
    assert counts_figure(empty, TYPE_COLOURS).to_dict()["data"] == []


def _bars(seed: int, n: int) -> pd.DataFrame:
    """``timeline_rows``-shaped bars: random lanes, types, intervals of a day to a year, places
    and evidence with characters plotly would read as markup."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 400, n), unit="D")
    return pd.DataFrame({
        "event_id": [f"ev{seed}-{i}" for i in range(n)],
        "lane": rng.choice(["Islamic State", "SAA <b>", "Houthis & co", "—"], n),
        "event_type": rng.choice(list(TYPE_COLOURS), n), "start": start,
        "finish": start + pd.to_timedelta(rng.integers(1, 366, n), unit="D"),
        "place": rng.choice(["Raqqa", "حلب", "<i>x</i>"], n),
        "modality": rng.choice(["asserted", "alleged"], n),
        "evidence": rng.choice(["قتل 3 في <قصف>", "x" * 300, ""], n),
        "reports": rng.integers(1, 5, n)})


def _as_plotly_express_drew(rows: pd.DataFrame, window: tuple) -> dict:
    """The timeline page's chart as it was drawn with ``px.timeline`` (until 2 Dec 2026)."""
    rows = rows.copy()
    rows["hover"] = rows["evidence"].map(lambda s: plotly_text(s[:200]))
    rows["lane"] = rows["lane"].map(plotly_text)
    rows["place"] = rows["place"].map(plotly_text)
    fig = px.timeline(rows, x_start="start", x_end="finish", y="lane", color="event_type",
                      custom_data=["event_id", "place", "modality", "hover", "reports"],
                      color_discrete_map=TYPE_COLOURS, labels={"lane": "", "event_type": "type"})
    fig.update_traces(opacity=0.7, hovertemplate="<b>%{customdata[1]}</b> (%{customdata[2]}, "
                                                 "%{customdata[4]} report(s))<br>"
                                                 "%{customdata[3]}<extra></extra>")
    fig.update_yaxes(autorange="reversed")
    if window[0] and window[1]:
        fig.update_xaxes(range=[window[0], window[1] + pd.Timedelta(days=1)])
    fig.update_layout(height=max(260, 60 + 40 * rows["lane"].nunique()), dragmode="select",
                      margin=dict(l=10, r=10, t=30, b=10))
    return json.loads(fig.to_json())


@pytest.mark.parametrize("seed", range(6))
def test_the_interval_bars_send_the_browser_what_plotly_express_sent(seed):
    rows = _bars(seed, [1, 7, 300, 2000, 40, 3][seed])
    window = (date(2024, 1, 1), date(2024, 12, 31)) if seed % 2 else (None, None)
    ours = json.loads(bars_figure(rows, TYPE_COLOURS, window).to_json())
    assert ours == _as_plotly_express_drew(rows, window)
    shown = [text for trace in ours["data"] for text in trace["y"] + sum(trace["customdata"], [])]
    assert not any("<" in text for text in shown if isinstance(text, str))  # no markup forms


def test_the_bars_alone_are_plotly_express_timeline():
    rows = _bars(9, 50)
    theirs = px.timeline(rows, x_start="start", x_end="finish", y="lane", color="event_type",
                         color_discrete_map=TYPE_COLOURS,
                         labels={"lane": "", "event_type": "type"})
    assert json.loads(interval_figure(rows, TYPE_COLOURS).to_json()) == json.loads(
        theirs.to_json())
