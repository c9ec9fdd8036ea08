"""Parallel ingest on Dask: ``python -m events ingest PATH --workers N [--scheduler URL]``.

Extraction (the slow part) runs on a ``distributed.LocalCluster`` of N worker processes, or on
an existing cluster (``--scheduler tcp://host:8786``: its workers need this project importable,
e.g. started from its root with ``dask worker``). This process reads and validates the files,
skips texts already stored by this extractor (a hash and one lookup: re-ingest is near free),
sends the rest out ``TASK`` articles a task (one task an article spent more time in Dask's
bookkeeping than in extraction), and is the only writer: results are stored in batches, one
transaction a batch, each article still atomic and a failing one reported alone
(``events.store_batch``). Results are written in input order, so the store is the same as a
serial run's.

The writer is the one part that does not scale with workers, so it is kept lean: workers send
back each article's rows ready to insert (`prepare_rows`: the compact JSON and flat columns),
the reader looks up a chunk of ids at once (`prepare_many`), and the store writes a batch with
a statement per table and links it in memory.
"""
from __future__ import annotations

import logging
from collections import deque
from pathlib import Path
from typing import Any, Callable

from events.ingest import (IngestSummary, extract_events, extractor_version, failure_line,
                           list_files, prepare_many, read_chunks)
from events.model import Article, Event
from events.store import Store
from events.store_batch import Prepared, prepare_rows

log = logging.getLogger(__name__)
BATCH = 50  # articles per write transaction
TASK = 20  # articles per Dask task
WARM = "events.ingest_warm"  # imported by the process local workers are forked from
Extracted = tuple[Article, list[Event], Prepared | None]  # what a worker sends back
Done = tuple[Path, Article, list[Event], Prepared | None]  # what the writer stores


def cluster_client(workers: int | None, scheduler: str | None) -> Any:
    """A Dask client: to ``scheduler`` if given, else to a new local cluster of ``workers``
    single-threaded processes on the loopback interface."""
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)  # its lifecycle chatter
    if scheduler:
        return Client(scheduler)
    import dask
    from distributed.utils import get_mp_context

    # Workers are forked from one server process that loaded extraction once (WARM), not
    # spawned to load it each at its first task: on two cores, two workers loading lexicons
    # and gazetteer side by side cost what a serial run spends on ~800 articles.
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        get_mp_context().set_forkserver_preload(["distributed", WARM])
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None,
                               silence_logs=logging.ERROR)
    return Client(cluster)


def _close(client: Any) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def ingest_parallel(paths: list[str | Path], store: Store, workers: int | None = None,
                    scheduler: str | None = None,
                    progress: Callable[[list[Path]], Any] | None = None) -> IngestSummary:
    """Like ``events.ingest.ingest_paths``, with extraction on a Dask cluster."""
    summary = IngestSummary()
    files = list_files(paths, summary)
    client = None
    try:
        pending: deque[tuple[list[tuple[Path, Article]], Any]] = deque()
        batch: list[Done] = []
        task: list[tuple[Path, Article]] = []
        claimed: dict[str, tuple[str, str | None]] = {}
        window = 8 * BATCH // TASK  # tasks in flight: memory stays bounded on big inputs

        def submit() -> None:
            nonlocal client
            client = client or cluster_client(workers, scheduler)
            pending.append((list(task), client.submit(extract_all, [a for _, a in task],
                                                      pure=False)))
            task.clear()
            while len(pending) > window:
                _collect(pending.popleft(), batch, summary)
                if len(batch) >= BATCH:
                    _write(store, batch, summary)

        for path, article in read_chunks(progress(files) if progress else files, store,
                                         summary, lambda chunk: prepare_many(chunk, store,
                                                                             claimed)):
            task.append((path, article))
            if len(task) >= TASK:
                submit()
        if task:
            submit()
        while pending:
            _collect(pending.popleft(), batch, summary)
            if len(batch) >= BATCH:
                _write(store, batch, summary)
        _write(store, batch, summary)
    finally:
        if client is not None:
            _close(client)
    return summary


def extract_all(articles: list[Article]) -> list[Extracted | Exception]:
    """On a worker: each article (as extraction completed it: a dateline may give its date)
    with its events and their rows (built here, not by the one writer), or the exception its
    extraction raised."""
    out: list[Extracted | Exception] = []
    for article in articles:
        try:
            found = extract_events(article)
        except Exception as e:  # that article fails alone, as in a serial run
            out.append(e)
            continue
        out.append((article, found, prepare_rows(article, found)))
    return out


def _collect(item: tuple[list[tuple[Path, Article]], Any], batch: list[Done],
             summary: IngestSummary) -> None:
    task, future = item
    try:
        results = future.result()
    except Exception as e:  # the task itself failed (a worker died, a result not picklable)
        log.debug("extraction task failed", exc_info=True)
        results = [e] * len(task)
    for (path, _), result in zip(task, results):
        if isinstance(result, Exception):
            summary.fail(failure_line(path, result))
        else:
            article, found, ready = result
            batch.append((path, article, found, ready))


def _write(store: Store, batch: list[Done], summary: IngestSummary) -> None:
    if not batch:
        return
    results = store.save_many([(a, found) for _, a, found, _ in batch], extractor_version(),
                              [ready for *_, ready in batch])
    for (path, _, found, _), result in zip(batch, results):
        if isinstance(result, Exception):
            summary.fail(failure_line(path, result))
        else:
            summary.count(result, len(found))
    batch.clear()
