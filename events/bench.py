"""``python -m events bench``: speed figures (and linking's precision/recall), printed, never
asserted by tests."""
from __future__ import annotations

from typing import Any


def run(what: str = "all", limit: int | None = None, sizes: list[int] | None = None,
        articles: int = 2000, reingest: int = 10000, workers: int = 2, seed: int = 0,
        db: str | None = None) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    if what in ("extract", "all"):
        from events.extract.bench import run as extract_bench

        figures.update({f"extract.{k}": v for k, v in extract_bench(limit=limit).items()})
    if what in ("geo", "all"):
        from geo.bench import load_time, lookup_rate

        figures.update({f"geo.gazetteer.{k}": v for k, v in load_time().items()})
        figures.update({f"geo.{k}": v for k, v in lookup_rate().items()})
    if what == "query":
        from events.bench_query import run as query_bench

        figures.update(query_bench(sizes or [10_000, 100_000], seed, db))
    if what == "ingest":
        from events.bench_ingest import run as ingest_bench

        figures.update(ingest_bench(articles, reingest, workers, seed))
    if what == "link":
        from events.bench_link import run as link_bench

        figures.update(link_bench())
    return figures
