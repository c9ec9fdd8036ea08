"""Ingest: files → articles → events → store, atomic per article and idempotent.

Each file is read and validated, extracted, then written in one transaction. A bad file, or
any exception while extracting or storing one article, fails that article alone: it is counted
and reported in one line naming the file, and the others still go in. Only a database that
cannot be used at all (`StoreError`) stops the batch. The extractor version (a hash of the extraction
code and its data files) is stored with each article, so re-ingesting after the extractor
improved replaces that article's events, and re-ingesting unchanged input changes nothing.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from events.extract.dateline import find_dateline
from events.extract.pipeline import ExtractionError, extract
from events.lexicon import ROOT
from events.model import Article, Event, assign_ids
from events.reader import (PUBLISHED_MIN, ArticleError, article_files, printable, published_max,
                           read_article)
from events.store import Store, StoreError

log = logging.getLogger(__name__)

# What extraction output depends on; a change to any of these re-extracts on next ingest.
_VERSIONED = ("events/model.py", "text", "events/extract", "geo", "data/lexicon",
              "data/gazetteer")


@functools.cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for rel in _VERSIONED:
        base = ROOT / rel
        files = [base] if base.is_file() else sorted(
            p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            and "extension" not in p.parts)
        for p in files:
            digest.update(str(p.relative_to(ROOT)).encode())
            digest.update(p.read_bytes())
    return digest.hexdigest()[:16]


def extract_events(article: Article) -> list[Event]:
    """The events of an article. An article whose metadata gives no publication date takes
    the dateline at its head, marked as an estimate, and its relative dates resolve from it."""
    if article.published is None:
        estimate = find_dateline(article.text, article.language)
        if estimate is not None and PUBLISHED_MIN <= estimate <= published_max():
            article.published, article.published_is_estimate = estimate, True
    found = extract(article.text, published=article.published, language=article.language,
                    article_id=article.article_id)
    for ev in found:
        ev.article_id = article.article_id
    assign_ids(found)
    return found


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failed += 1
        self.errors.append(message)

    def line(self) -> str:
        return (f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated, "
                f"{self.failed} failed; events stored: {self.events}")


def ingest_article(article: Article, store: Store) -> tuple[str, int]:
    """Store one article; returns (new|unchanged|updated, number of events)."""
    existing = store.find_article(article.article_id)
    if existing and existing[0] != article.content_hash and existing[1] != article.path:
        # Same file name elsewhere with other text: a different article, not an update.
        article.article_id = f"{article.article_id}_{article.content_hash[:8]}"
    found = extract_events(article)
    return store.save(article, found, extractor_version()), len(found)


def ingest_paths(paths: list[str | Path], store: Store,
                 progress: Callable[[list[Path]], object] | None = None) -> IngestSummary:
    """Ingest files and directories; per-file failures are collected, not raised."""
    summary = IngestSummary()
    files: list[Path] = []
    for p in paths:
        try:
            files.extend(article_files(p))
        except ArticleError as e:
            summary.fail(str(e))
    for path in (progress(files) if progress else files):
        try:
            status, n = ingest_article(read_article(path), store)
        except ArticleError as e:
            summary.fail(str(e))
            continue
        except StoreError:
            raise
        except Exception as e:  # one article's bug or hostile input must not stop the batch
            log.debug("ingest of %s failed", path, exc_info=True)
            summary.fail(failure_line(path, e))
            continue
        setattr(summary, status, getattr(summary, status) + 1)
        summary.events += n if status != "unchanged" else 0
    return summary


def failure_line(path: Path | str, e: BaseException) -> str:
    """One line for an article that raised: the file, what failed, the first line of why."""
    first = (str(e).strip().splitlines() or [""])[0]
    if not isinstance(e, ExtractionError):  # it says "extraction failed: <cause>" itself
        first = f"storing failed: {type(e).__name__}" + (f": {first}" if first else "")
    return printable(f"{path}: {first if len(first) <= 240 else first[:239] + '…'}")


def tqdm_progress(files: list[Path]) -> object:
    """A progress bar on stderr when there are many files and a terminal to draw on."""
    if len(files) < 5:
        return files
    from tqdm import tqdm

    return tqdm(files, unit="article", file=sys.stderr, disable=None)
