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
from typing import Callable, Iterable, Iterator

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

    def count(self, status: str, n_events: int) -> None:
        setattr(self, status, getattr(self, status) + 1)
        self.events += n_events if status != "unchanged" else 0

    def line(self) -> str:
        return (f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated, "
                f"{self.failed} failed; events stored: {self.events}")


def prepare(article: Article, store: Store) -> None:
    """Before extracting: a file name already used elsewhere for another text gets an id of
    its own (a different article, not an update)."""
    _rename_if_taken(article, store.find_article(article.article_id))


def _rename_if_taken(article: Article, existing: tuple[str, str | None] | None) -> None:
    if existing and existing[0] != article.content_hash and existing[1] != article.path:
        article.article_id = f"{article.article_id}_{article.content_hash[:8]}"


def prepare_many(chunk: list[Article], store: Store,
                 claimed: dict[str, tuple[str, str | None]]) -> None:
    """`prepare` for many articles with one query (a parallel ingest's reader). ``claimed``
    holds the ids earlier articles of this ingest took, as (content hash, path): they count
    as stored, since a parallel ingest writes them only later, and a serial run would have
    stored them by now (unless one of them failed)."""
    stored = store.find_articles([a.article_id for a in chunk])
    for article in chunk:
        _rename_if_taken(article, claimed.get(article.article_id)
                         or stored.get(article.article_id))
        claimed[article.article_id] = (article.content_hash, article.path)


def ingest_article(article: Article, store: Store) -> tuple[str, int]:
    """Store one article; returns (new|unchanged|updated, number of events)."""
    if store.known([article.content_hash], extractor_version()):
        return "unchanged", 0
    prepare(article, store)
    found = extract_events(article)
    return store.save(article, found, extractor_version()), len(found)


CHUNK = 200  # files read, then checked against the store in one query


def read_chunks(files: Iterable[Path], store: Store, summary: IngestSummary,
                before: Callable[[list[Article]], None] | None = None
                ) -> Iterator[tuple[Path, Article]]:
    """The articles still to extract, read and checked ``CHUNK`` files at a time: those whose
    text is stored by this extractor already count as unchanged (re-ingest is near free: a
    read, a hash and a share of one query per file); unreadable files count as failed.
    ``before`` sees each chunk's articles to extract before they are yielded."""
    chunk: list[tuple[Path, Article]] = []

    def flush() -> Iterator[tuple[Path, Article]]:
        known = store.known([a.content_hash for _, a in chunk], extractor_version())
        todo = [(path, a) for path, a in chunk if a.content_hash not in known]
        for _ in range(len(chunk) - len(todo)):
            summary.count("unchanged", 0)
        if before is not None and todo:
            before([a for _, a in todo])
        yield from todo
        chunk.clear()

    for path in files:
        try:
            chunk.append((path, read_article(path)))
        except ArticleError as e:
            summary.fail(str(e))
        except Exception as e:  # hostile input must not stop the batch
            summary.fail(failure_line(path, e))
        if len(chunk) >= CHUNK:
            yield from flush()
    yield from flush()


def ingest_paths(paths: list[str | Path], store: Store,
                 progress: Callable[[list[Path]], object] | None = None) -> IngestSummary:
    """Ingest files and directories; per-file failures are collected, not raised."""
    summary = IngestSummary()
    files = list_files(paths, summary)
    for path, article in read_chunks(progress(files) if progress else files, store, summary):
        try:
            prepare(article, store)
            found = extract_events(article)
            status = store.save(article, found, extractor_version())
        except StoreError:
            raise
        except Exception as e:  # one article's bug or hostile input must not stop the batch
            log.debug("ingest of %s failed", path, exc_info=True)
            summary.fail(failure_line(path, e))
            continue
        summary.count(status, len(found))
    return summary


def list_files(paths: list[str | Path], summary: IngestSummary) -> list[Path]:
    """The article files under the paths; a path that is no article source is a failure."""
    files: list[Path] = []
    for p in paths:
        try:
            files.extend(article_files(p))
        except ArticleError as e:
            summary.fail(str(e))
    return files


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
