"""The gazetteer compiled for a fast start: entries and the name index, as plain data.

Reading the TSV and normalising ~100,000 names takes seconds; a process that extracts one
article must not pay that. The first load compiles the TSV files (and the not-a-place phrases
of cues.yaml) into plain tuples and dicts, stored with `marshal` under ``.cache/geo/`` (git-
ignored) and keyed by a hash of the source files, so an edited TSV or cues.yaml recompiles by
itself. Loading the compiled form takes a fraction of a second. Nothing here is committed:
the TSV stays the one source of truth.
"""
from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from text import normalize_key

CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "geo"
FORMAT = 2  # bump when the compiled layout changes (2: index entries carry PhraseMatcher's "definite" flag)

# (rest of the phrase's keys, (entry index or -1 for a not-a-place phrase, matched key))
IndexItem = tuple[tuple[str, ...], tuple[int, str]]


@dataclass
class Compiled:
    rows: list[tuple[Any, ...]]  # one tuple of `geo.gazetteer.Entry` fields per entry
    index: dict[str, list[IndexItem]]  # a `text.PhraseMatcher` index
    max_len: int
    cues: dict[str, Any]  # cues.yaml as loaded


def source_key(files: Iterable[Path]) -> str:
    """A hash of the sources' bytes, the layout version and the Python version (marshal's
    format is Python's own)."""
    h = hashlib.sha1(f"{FORMAT}|{sys.version_info[:2]}".encode())
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def load(sources: list[Path], build: Any, cache_dir: Path | None = CACHE_DIR) -> Compiled:
    """The compiled gazetteer of its ``sources`` (TSV files, cues.yaml, everyday words): from
    the cache when it is there and current, else ``build()`` (-> `Compiled`), stored."""
    if cache_dir is None:
        return build()
    path = cache_dir / f"gazetteer-{source_key([s for s in sources if s.exists()])}.marshal"
    try:
        with no_gc():  # ~300k small containers: the cyclic GC would rescan them many times
            return Compiled(*marshal.loads(path.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    c = build()
    _store(path, (c.rows, c.index, c.max_len, c.cues))
    return c


@contextmanager
def no_gc() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _store(path: Path, data: Any) -> None:
    """Write atomically (parallel workers may compile at once); a read-only disk only costs
    speed. Older compiled files are removed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(data))
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def index_names(names: Iterable[tuple[str, int]], matcher: Any) -> None:
    """Add (name, entry index) pairs to ``matcher``, each normalised key once per entry."""
    seen: set[tuple[str, int]] = set()
    for name, i in names:
        k = normalize_key(name) if name else ""
        if k and (k, i) not in seen:
            seen.add((k, i))
            matcher.add(k, (i, k))
