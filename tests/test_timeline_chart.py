"""The timeline's counts chart, built as graph objects, draws what ``px.bar`` drew."""
from __future__ import annotations

import pandas as pd
import plotly.express as px

from dashboard.icons import TYPE_COLOURS
from dashboard.timeline_chart import counts_figure

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
