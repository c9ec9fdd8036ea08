"""``python -m events bench``: speed figures, printed, never asserted by tests."""
from __future__ import annotations

from typing import Any


def run(what: str = "all", limit: int | None = None) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    if what in ("extract", "all"):
        from events.extract.bench import run as extract_bench

        figures.update({f"extract.{k}": v for k, v in extract_bench(limit=limit).items()})
    if what in ("geo", "all"):
        from geo.bench import lookup_rate

        figures.update({f"geo.{k}": v for k, v in lookup_rate().items()})
    return figures
