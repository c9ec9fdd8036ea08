"""``python -m events bench query``: how the dashboard's server work grows with the archive.

For each size a synthetic store (``events.synth``, built once and kept under ``.cache/bench/``)
is measured in a fresh process (``dashboard.bench``: it builds folium and plotly objects, which
``events`` never imports), doing what the pages do on a rerun without a cache hit:

- ``startup_s``: open the store, read the filters' options, frame the base map, first header;
- ``filter_ms``: select the events in view for a new filter state (date window, actor);
- ``header_ms``, ``map_ms``, ``timeline_ms``, ``losses_ms``: each page's data and, for the map
  and the charts, building what is sent (the folium layer, the plotly figure);
- ``payload_kb``: the largest of what a page sends to the browser (layer JS, figure and table
  JSON); ``rss_mb``: the measuring process's peak resident memory.

Times are medians over filter states a user meets: 90-day windows (the default, a year back, two
years back) with and without an actor. ``full_span`` repeats header and losses over the whole
archive, the heaviest view. Figures go in ``docs/benchmarks.md``.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from events.lexicon import ROOT

CACHE = ROOT / ".cache" / "bench"


def _maker() -> str:
    """A digest of the code a synthetic store depends on: a change builds new stores."""
    digest = hashlib.sha256()
    for rel in ("events/synth.py", "events/store_rows.py", "events/flat.py",
                "events/incidents.py", "events/linking.py", "events/schema.py", "events/model.py"):
        digest.update((ROOT / rel).read_bytes())
    return digest.hexdigest()[:8]


def store_for(n: int, seed: int = 0, cache: Path = CACHE) -> str:
    """The URL of a synthetic store of ``n`` events, built on first use and kept (in the
    git-ignored ``.cache/``) until the code that makes it changes."""
    from events.synth import build

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"synth-{n}-seed{seed}-{_maker()}.db"
    if not (cache / f"{path.name}.done").exists():
        for stale in cache.glob(f"{path.name}*"):
            stale.unlink()
        started = time.monotonic()
        done = [0]

        def progress(k: int) -> None:
            done[0] += k
            print(f"\rbuilding {path.name}: {done[0]:,}/{n:,} events", end="", file=sys.stderr)
        build(f"sqlite:///{path}", n, seed, progress)
        print(f" ({time.monotonic() - started:.0f} s)", file=sys.stderr)
        (cache / f"{path.name}.done").touch()
    return f"sqlite:///{path}"


def store_at(url: str, n: int, seed: int = 0) -> str:
    """``url`` holding a synthetic store of ``n`` events: built there when it is empty, used as
    it is when it already holds ``n`` events (a rerun), refused otherwise."""
    from events.store import Store
    from events.synth import build

    held = Store(url).counts()["events"]
    if held == 0:
        started = time.monotonic()
        build(url, n, seed)
        print(f"built {n:,} events at the given database ({time.monotonic() - started:.0f} s)",
              file=sys.stderr)
    elif held != n:
        raise ValueError(f"the database holds {held:,} events, not {n:,}: give an empty one")
    return url


def db_mb(url: str) -> float:
    """The database's size on disk (SQLite: the file; PostgreSQL: pg_database_size)."""
    if url.startswith("sqlite:///"):
        return round(Path(url.removeprefix("sqlite:///")).stat().st_size / 2**20, 1)
    from sqlalchemy import text

    from events.store import Store

    with Store(url).engine.connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    return round(size / 2**20, 1)


def run(sizes: list[int], seed: int = 0, db: str | None = None) -> dict[str, Any]:
    """Figures per size; with ``db``, one size measured on that database."""
    if db is not None and len(sizes) != 1:
        raise ValueError("--db measures one store: give one size (--sizes N)")
    out: dict[str, Any] = {"sizes": {}}
    for n in sizes:
        url = store_for(n, seed) if db is None else store_at(db, n, seed)
        proc = subprocess.run([sys.executable, "-m", "dashboard.bench", url],
                              capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        if proc.returncode:
            raise RuntimeError(f"measuring {n} events failed: {proc.stderr.strip()[-500:]}")
        figures = json.loads(proc.stdout)
        figures["db_mb"] = db_mb(url)
        figures["bytes_per_event"] = round(figures["db_mb"] * 2**20 / n)
        figures["dialect"] = url.split(":", 1)[0].split("+")[0]
        out["sizes"][str(n)] = figures
    return out
