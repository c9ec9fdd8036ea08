"""Ingest at scale: re-ingest skips unchanged texts before extracting, and extraction on a Dask
cluster (``--workers``) stores exactly what a serial run stores, atomically per article."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import events.ingest as ingest
from events.ingest import ingest_paths
from events.ingest_parallel import ingest_parallel
from events.store import Store
from events.synth_articles import write
from tests.conftest import ARTICLES


def stored(url: str) -> tuple[list[dict], list[tuple]]:
    """Events and articles as the store gives them back (without the ingest time)."""
    store = Store(url)
    return ([e.to_dict() for e in store.events()],
            [(a.article_id, a.content_hash, a.title, a.n_events, a.published,
              a.published_is_estimate) for a in store.articles()])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic articles, the bundled article and one file that is no article."""
    out = tmp_path_factory.mktemp("articles")
    write(out, 6, seed=2)
    for f in ARTICLES.iterdir():
        shutil.copy(f, out / f.name)
    (out / "empty.txt").write_text("   \n", encoding="utf-8")
    (out / "wire.txt").write_text(  # no metadata: its dateline dates it (on the worker too)
        "BEIRUT, March 3 2019 (Reuters) - Government aircraft struck the town of Saraqeb "
        "yesterday, killing four fighters, a monitoring group said.\n", encoding="utf-8")
    return out


def test_re_ingest_of_unchanged_articles_extracts_nothing(folder, new_db, monkeypatch):
    db_url = new_db()
    first = ingest_paths([folder], Store(db_url))
    assert first.new == 8 and first.failed == 1

    def never(article):
        raise AssertionError(f"{article.article_id} extracted again")
    monkeypatch.setattr(ingest, "extract_events", never)
    again = ingest_paths([folder], Store(db_url))
    assert (again.unchanged, again.new, again.failed) == (8, 0, 1)


def test_two_dask_workers_store_the_same_as_a_serial_run(folder, new_db):
    serial, parallel = new_db(), new_db()
    one = ingest_paths([folder], Store(serial))
    two = ingest_parallel([folder], Store(parallel), workers=2)
    assert (two.new, two.failed, two.events) == (one.new, one.failed, one.events)
    assert [e.split(":")[0] for e in two.errors] == [e.split(":")[0] for e in one.errors]
    assert stored(parallel) == stored(serial)
    again = ingest_parallel([folder], Store(parallel), workers=2)
    assert again.unchanged == 8 and again.new == 0  # no cluster needed: nothing to extract


def test_a_failing_article_in_a_batch_is_reported_alone(folder, db_url, monkeypatch):
    from events.store import Store as S

    real = S._article_row

    def refused_on_seed(article, version):  # the database cannot take one article's row
        row = real(article, version)
        if article.article_id.startswith("000_"):
            row["notes"] = object()
        return row
    monkeypatch.setattr(S, "_article_row", staticmethod(refused_on_seed))
    summary = ingest_parallel([folder], Store(db_url), workers=1, scheduler=None)
    assert summary.new == 7 and summary.failed == 2
    assert any("000_" in e and "storing failed" in e for e in summary.errors)
    assert Store(db_url).counts()["articles"] == 7


def test_one_file_name_in_two_folders_is_two_articles_with_workers_as_serially(tmp_path,
                                                                               new_db):
    for folder, town in (("one", "Saraqeb"), ("two", "Douma")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            f"BEIRUT, March 3 2019 (Reuters) - Government aircraft struck the town of {town} "
            "yesterday, killing four fighters, a monitoring group said.\n", encoding="utf-8")
    paths = [tmp_path / "one", tmp_path / "two"]
    serial, parallel = new_db(), new_db()
    one = ingest_paths(paths, Store(serial))
    two = ingest_parallel(paths, Store(parallel), workers=2)
    assert (one.new, one.updated) == (two.new, two.updated) == (2, 0)
    assert stored(parallel) == stored(serial)
