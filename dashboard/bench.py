"""The dashboard's server work on one store, measured: ``python -m dashboard.bench URL`` prints
JSON (run by ``python -m events bench query``, which explains the figures)."""
from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from typing import Any, Callable


CPU_MS: dict[str, float] = {}  # the same medians in CPU time: what a busy machine cannot inflate


def _ms(work: Callable[[], Any], states: list[Any], name: str = "") -> tuple[float, Any]:
    """Median milliseconds (wall clock) of ``work(state)`` over the states, and the last result;
    the CPU-time median goes to ``CPU_MS[name]``."""
    times, cpu, result = [], [], None
    for state in states:
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work(state)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    if name:
        CPU_MS[name] = round(statistics.median(cpu), 1)
    return round(statistics.median(times), 1), result


def measure(url: str) -> dict[str, Any]:
    """One store, measured in this (fresh) process."""
    from dashboard.base_map import base_map
    from dashboard.icons import TYPE_COLOURS
    from dashboard.timeline_chart import bars_figure, counts_figure
    from dashboard.map_layers import cluster_layer, event_layer, grid_layer
    from events import query_losses as ql
    from events import query_map as qm
    from events import query_timeline as qt
    from events.query import TIMELINE_LIMIT, Filters, default_window, options, select, summary
    from events.query_losses_view import losses_view
    from events.store import Store

    started = time.perf_counter()
    store = Store(url)
    engine = store.engine
    opts = options(engine)
    base_map(qm.points(engine, Filters(include_background=True))).get_root().render()
    start, end = default_window(opts)
    first = Filters(start=start, end=end)
    summary(engine, first), ql.killed_claimed(engine, first)
    startup = time.perf_counter() - started
    startup_cpu = time.process_time()

    actor = next(iter(opts.actors))
    windows = [(start - timedelta(days=d), end - timedelta(days=d)) for d in (0, 365, 730)]
    states = [Filters(start=a, end=b, actors=who) for a, b in windows for who in ((), (actor,))]
    payload: dict[str, int] = {}

    def page_map(f: Filters) -> None:
        data = qm.map_view(engine, f, store.events_by_id)  # as pages/_data.map_data
        detail = data["detail"]
        if detail == "markers":
            layer = event_layer(data["rows"], data["events"])
        elif detail == "cluster":
            layer = cluster_layer(data["coordinates"])
        else:
            layer = grid_layer(data["cells"])
        payload["map"] = max(payload.get("map", 0), _layer_bytes(layer))

    def page_timeline(f: Filters) -> None:
        s = summary(engine, f)
        dated = s["events"] - s["undated"]
        if dated <= TIMELINE_LIMIT:
            fig = bars_figure(qt.timeline_rows(engine, f), TYPE_COLOURS, (f.start, f.end))
        else:
            fig = counts_figure(qt.timeline_counts(engine, f), TYPE_COLOURS)  # as the page
        listing = qt.listing(engine, f)
        size = len(fig.to_json()) + len(listing.to_json(date_format="iso"))
        payload["timeline"] = max(payload.get("timeline", 0), size)

    def page_losses(f: Filters) -> None:
        page = losses_view(engine, f, sources=True)  # as pages/_data.losses
        size = (len(page.claims.to_json())
                + len(ql.totals_frame(page.by_category + page.by_claimant).to_json())
                + len(page.incidents.to_json()))
        payload["losses"] = max(payload.get("losses", 0), size)

    def header(f: Filters) -> None:
        summary(engine, f), ql.killed_claimed(engine, f)

    fresh = [replace(f, include_undated=False) for f in states]  # new states: no DB cache luck
    figures = {
        "filter_ms": _ms(lambda f: select(engine, f, limit=0) is not None and summary(engine, f),
                         states, "filter_ms")[0],
        "header_ms": _ms(header, fresh, "header_ms")[0],
        "map_ms": _ms(page_map, states, "map_ms")[0],
        "timeline_ms": _ms(page_timeline, states, "timeline_ms")[0],
        "losses_ms": _ms(page_losses, states, "losses_ms")[0],
    }
    everything = [Filters(), Filters(actors=(actor,))]
    figures["full_span"] = {"header_ms": _ms(header, everything, "full_span.header_ms")[0],
                            "losses_ms": _ms(page_losses, everything, "full_span.losses_ms")[0],
                            "map_ms": _ms(page_map, everything, "full_span.map_ms")[0],
                            "timeline_ms": _ms(page_timeline, everything,
                                               "full_span.timeline_ms")[0]}
    figures["cpu_ms"] = dict(CPU_MS)
    figures["payload_kb"] = round(max(payload.values()) / 1024, 1)
    figures["payload_kb_per_page"] = {k: round(v / 1024, 1) for k, v in payload.items()}
    figures["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    figures["startup_s"] = round(startup, 2)
    figures["startup_cpu_s"] = round(startup_cpu, 2)
    figures["events"] = store.counts()["events"]
    return figures


def _layer_bytes(layer: Any) -> int:
    """Bytes of the JavaScript a layer adds to a map (what streamlit-folium sends for it)."""
    import folium

    blank = len(folium.Map(tiles=None).get_root().render())
    m = folium.Map(tiles=None)
    layer.add_to(m)
    return len(m.get_root().render()) - blank


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1])))
