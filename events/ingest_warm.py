"""Extraction made ready before any article arrives: imported once by the process Dask's local
workers are forked from (``events.ingest_parallel``: multiprocessing's forkserver), so each
worker starts with the lexicons and the gazetteer loaded, instead of loading them at its first
task (about 5 CPU-seconds per worker: the cost of a serial run of ~400 articles here)."""
from __future__ import annotations

from events.ingest import extract_events
from events.model import Article

SAMPLES = (("قتل خمسة مدنيين في غارة جوية على مدينة الرقة أمس.", "ar"),
           ("Five civilians were killed in an air strike on Raqqa on Monday.", "en"))


def warm() -> None:
    """Extract a sentence in each language: everything extraction loads lazily is loaded."""
    for i, (text, language) in enumerate(SAMPLES):
        extract_events(Article(f"warm-{i}", text, language=language))


try:
    warm()
except Exception:  # noqa: BLE001  (a worker that is not warm still works: it loads on demand)
    pass
