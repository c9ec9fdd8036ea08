"""``python -m events bench ingest``: articles per second, serial and on Dask, and re-ingest.

Synthetic articles (``events.synth_articles``, kept under ``.cache/bench/``) are ingested into
fresh databases: once serially, once with ``--workers N`` on a local Dask cluster (start-up of
the cluster included), then the serial store is re-ingested unchanged. ``reingest`` more
articles are stored as already extracted by this extractor, and re-ingested: the near-free path
(read, hash, one lookup), measured on that many files.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from events.bench_query import CACHE


def _articles(n: int, seed: int) -> Path:
    from events.synth_articles import write

    folder = CACHE / f"articles-{n}-seed{seed}"
    if not (folder / "planted.json").exists():
        write(folder, n, seed)
    return folder


def _rate(n: int, seconds: float) -> float:
    return round(n / seconds, 1) if seconds else 0.0


def run(articles: int = 2000, reingest: int = 10000, workers: int = 2, seed: int = 0
        ) -> dict[str, Any]:
    from events.ingest import extractor_version, ingest_paths
    from events.ingest_parallel import ingest_parallel
    from events.model import Article
    from events.reader import read_article
    from events.store import Store

    folder = _articles(articles, seed)
    out: dict[str, Any] = {"ingest.articles": articles, "ingest.workers": workers}
    with tempfile.TemporaryDirectory() as tmp:
        out["ingest.load_before"] = round(os.getloadavg()[0], 2)  # the figures depend on it
        serial = Store(f"sqlite:///{tmp}/serial.db")
        started, cpu = time.perf_counter(), time.process_time()
        summary = ingest_paths([folder], serial)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        out.update({"ingest.new": summary.new, "ingest.serial_s": round(wall, 2),
                    "ingest.serial_cpu_s": round(cpu, 2),
                    "ingest.serial_articles_per_s": _rate(summary.new, wall),
                    "ingest.serial_articles_per_cpu_s": _rate(summary.new, cpu)})
        parallel = Store(f"sqlite:///{tmp}/parallel.db")
        started, cpu = time.perf_counter(), time.process_time()
        summary = ingest_parallel([folder], parallel, workers=workers)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        # the parent's CPU (reader, Dask client and scheduler, the one writer) is what two
        # workers cannot share: the limit of --workers when it is most of a serial run's
        out.update({"ingest.parallel_s": round(wall, 2),
                    "ingest.parallel_parent_cpu_s": round(cpu, 2),
                    "ingest.parallel_articles_per_s": _rate(summary.new, wall)})
        started, cpu = time.perf_counter(), time.process_time()
        summary = ingest_paths([folder], serial)
        out["ingest.reingest_articles_per_s"] = _rate(summary.unchanged,
                                                      time.perf_counter() - started)
        out["ingest.reingest_articles_per_cpu_s"] = _rate(summary.unchanged,
                                                          time.process_time() - cpu)

        many = _articles(reingest, seed + 1)
        stored = Store(f"sqlite:///{tmp}/many.db")
        batch: list[tuple[Article, list]] = []
        for path in sorted(many.glob("*.txt")):
            batch.append((read_article(path), []))
            if len(batch) == 500:
                stored.save_many(batch, extractor_version())
                batch = []
        stored.save_many(batch, extractor_version())
        for path in sorted(many.iterdir()):  # the files once read, as a second run finds them
            path.read_bytes()
        started, cpu = time.perf_counter(), time.process_time()
        summary = ingest_paths([many], stored)
        out["ingest.reingest_many"] = summary.unchanged
        out["ingest.reingest_many_articles_per_s"] = _rate(summary.unchanged,
                                                           time.perf_counter() - started)
        out["ingest.reingest_many_articles_per_cpu_s"] = _rate(summary.unchanged,
                                                               time.process_time() - cpu)
        out["ingest.load_after"] = round(os.getloadavg()[0], 2)
    return out
