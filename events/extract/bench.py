"""Extraction throughput: articles per second on one core, end to end (extraction and offline
geocoding), for the bundled articles and — when present — the SaudiNewsNet corpus.

The corpus is read in place (zips of JSON arrays), never copied into the repository. Texts are
loaded before the clock starts, and lexicons/gazetteer are warmed on one article first, so the
figure measures extraction, not disk or start-up.
"""
from __future__ import annotations

import json
import logging
import time
import zipfile
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from events.extract.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]
ARTICLES_DIR = ROOT / "data" / "articles"
DEFAULT_CORPUS = "../shared/corpus/saudinewsnet"


def bundled_articles(directory: Path = ARTICLES_DIR) -> list[tuple[str, str, date | None]]:
    """(article_id, text, published) for ``data/articles/*.txt`` (metadata from the .json)."""
    out = []
    for txt in sorted(directory.glob("*.txt")):
        published = None
        meta = txt.with_suffix(".json")
        if meta.exists():
            try:
                raw = json.loads(meta.read_text(encoding="utf-8")).get("published")
                published = date.fromisoformat(raw) if raw else None
            except (ValueError, OSError):
                published = None
        out.append((txt.stem, txt.read_text(encoding="utf-8"), published))
    return out


def corpus_articles(corpus_dir: str | Path, limit: int | None = None
                    ) -> Iterator[tuple[str, str, date | None]]:
    """(id, text, crawl date) from SaudiNewsNet's ``YYYY-MM-DD.zip`` files, in file order."""
    n = 0
    for z in sorted(Path(corpus_dir).glob("*.zip")):
        try:
            day = date.fromisoformat(z.stem)
        except ValueError:
            day = None
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for i, rec in enumerate(json.loads(zf.read(name))):
                    if limit is not None and n >= limit:
                        return
                    text = rec.get("content") or ""
                    title = rec.get("title") or ""
                    yield f"{z.stem}/{i}", f"{title}\n{text}" if title else text, day
                    n += 1


class _Failures(logging.Handler):
    """Counts the articles `extract` had to give up on (it logs and returns [])."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


# Touches every step (actors, places, dates, numbers, triggers, cues, frames, routes, a spelling
# variant after a cue: «إقليم باداخشان»), so the lexicons, the gazetteer and its variant index
# are loaded before the clock starts.
WARM_UP = ("أعلنت وزارة الدفاع الروسية أن الطيران الروسي قتل أكثر من 80 إرهابياً من داعش أثناء "
           "تنقلهم من الرقة إلى تدمر يوم 25 ماي، وحاولت قوات سوريا الديمقراطية التقدم في إقليم "
           "باداخشان.")


def _time(articles: list[tuple[str, str, date | None]]) -> dict[str, Any]:
    extract(WARM_UP, published=date(2017, 6, 2), article_id="warm-up")
    events = with_events = chars = 0
    failures = _Failures()
    logger = logging.getLogger("events.extract.pipeline")
    logger.addHandler(failures)
    c0 = time.process_time()
    t0 = time.perf_counter()
    for aid, text, published in articles:
        found = extract(text, published=published, article_id=aid)
        events += len(found)
        with_events += bool(found)
        chars += len(text)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    logger.removeHandler(failures)
    n = len(articles)
    return {"articles": n, "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
            "articles_per_s": round(n / seconds, 1) if seconds > 0 else 0.0,
            "articles_per_cpu_s": round(n / cpu, 1) if cpu > 0 else 0.0,
            "events": events, "articles_with_events": with_events, "failures": failures.count,
            "chars_per_s": round(chars / seconds) if seconds > 0 else 0}


def run(corpus_dir: str | None = DEFAULT_CORPUS, limit: int | None = None) -> dict[str, Any]:
    """A flat dict of figures: bundled_* for data/articles, corpus_* for SaudiNewsNet (when the
    directory exists), and articles/seconds/articles_per_s/events over both."""
    bundled = bundled_articles()
    figures: dict[str, Any] = {f"bundled_{k}": v for k, v in _time(bundled).items()}
    total = {"articles": figures["bundled_articles"], "seconds": figures["bundled_seconds"],
             "cpu_seconds": figures["bundled_cpu_seconds"], "events": figures["bundled_events"]}
    corpus_path = Path(corpus_dir) if corpus_dir else None
    if corpus_path is not None and not corpus_path.is_absolute() and not corpus_path.exists():
        corpus_path = ROOT / corpus_path
    if corpus_path is not None and corpus_path.is_dir():
        arts = list(corpus_articles(corpus_path, limit))
        c = _time(arts)
        figures.update({f"corpus_{k}": v for k, v in c.items()})
        figures["corpus_dir"] = str(corpus_path)
        for k in ("articles", "seconds", "cpu_seconds", "events"):
            total[k] += c[k]
    figures.update(total)
    figures["seconds"] = round(total["seconds"], 3)
    figures["cpu_seconds"] = round(total["cpu_seconds"], 3)
    figures["articles_per_s"] = (round(total["articles"] / total["seconds"], 1)
                                 if total["seconds"] > 0 else 0.0)
    # CPU time of this process: the one-core figure, fair even on a busy machine
    figures["articles_per_cpu_s"] = (round(total["articles"] / total["cpu_seconds"], 1)
                                     if total["cpu_seconds"] > 0 else 0.0)
    return figures


if __name__ == "__main__":  # python -m events.extract.bench [limit]
    import sys
    print(json.dumps(run(limit=int(sys.argv[1]) if len(sys.argv) > 1 else None), indent=1))
