"""Faults: nothing lost, nothing half-stored, nothing that stops a batch.

Real processes on a real SQLite file: an ingest killed with SIGKILL at random points, two
ingests of one folder at once, ten readers during an ingest, a read-only or locked database,
an exception inside one article. No assertion depends on timing: random kill points are found
by watching the database, and every check is about what the database holds afterwards.
ATHAR_FAULT_TRIALS=N runs N kill trials instead of the default few.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from events import cli as events_cli
from events.ingest import ingest_paths
from events.store import Store, make_engine
from tests.conftest import ROOT, SEED

TRIALS = int(os.environ.get("ATHAR_FAULT_TRIALS", "4"))
TABLES = ("articles", "events", "claims", "actors", "places")
STRIKES = [
    "قصفت طائرات روسية رتلا لتنظيم داعش قرب تدمر يوم {d} مايو، ما أدى إلى مقتل {n} عنصرا وتدمير {v} آليات.",
    "قال المرصد السوري إن غارات على ريف إدلب أمس أسفرت عن مقتل {n} مدنيا وإصابة {v} آخرين.",
    "Russian warplanes struck an ISIS convoy near Palmyra on May {d}, killing {n} fighters and destroying {v} vehicles.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Fourteen articles with several events each: the seed report and variations on it."""
    folder = tmp_path_factory.mktemp("corpus")
    seed = SEED.read_text(encoding="utf-8")
    for i in range(6):
        (folder / f"seed{i}.txt").write_text(f"{seed}\n\nتحديث رقم {i}.", encoding="utf-8")
    for i in range(8):
        lines = [STRIKES[(i + k) % 3].format(d=10 + k, n=5 + i + k, v=2 + k) for k in range(4)]
        lang = "en" if i % 3 == 2 else "ar"
        (folder / f"s{i}.txt").write_text("\n".join(lines), encoding="utf-8")
        (folder / f"s{i}.json").write_text(
            f'{{"published": "2017-06-02", "language": "{lang}"}}', encoding="utf-8")
    return folder


def ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "events", "ingest", str(folder), "--db", f"sqlite:///{db}"]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def content(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table but surrogate ids and timestamps: equal means same store."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            return {t: [] for t in TABLES}  # killed before the schema was committed
        out = {}
        for table in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                    if r[1] not in ("id", "ingested_at")]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def per_article(db: Path) -> dict[str, tuple]:
    """article id -> everything stored under it (its row, events, claims, actors, places)."""
    rows = content(db)
    out = {}
    for art in rows["articles"]:
        aid = art[0]
        evs = [e for e in rows["events"] if e[1] == aid]
        ids = {e[0] for e in evs}
        out[aid] = (art, evs, *([r for r in rows[t] if r[0] in ids] for t in TABLES[2:]))
    return out


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    done = subprocess.run(ingest_cmd(corpus, db), env=env(), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    return db


def stored_articles(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # not created yet
        return 0


def test_an_ingest_killed_at_random_points_leaves_whole_articles_and_a_rerun_equals_a_clean_run(
        corpus, clean, tmp_path):
    rng = random.Random(int(os.environ.get("ATHAR_FAULT_SEED", "14")))
    reference = per_article(clean)
    n = len(reference)
    for trial in range(TRIALS):
        db = tmp_path / f"killed{trial}.db"
        stop_after = rng.randrange(n)
        proc = subprocess.Popen(ingest_cmd(corpus, db), env=env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        while proc.poll() is None and stored_articles(db) < stop_after:
            threading.Event().wait(0.005)
        threading.Event().wait(rng.uniform(0, 0.3))  # somewhere inside the next article
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        survived = per_article(db)
        for aid, stored in survived.items():
            assert stored == reference[aid], f"trial {trial}: article {aid} half stored"
        rerun = subprocess.run(ingest_cmd(corpus, db), env=env(), capture_output=True,
                               text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        assert f"{n - len(survived)} new, {len(survived)} unchanged" in rerun.stdout
        assert content(db) == content(clean), f"trial {trial}: rerun differs from a clean run"


def test_two_ingests_of_one_folder_at_once_both_succeed_and_store_each_article_once(
        corpus, clean, tmp_path):
    for trial in range(2):
        db = tmp_path / f"twice{trial}.db"  # a new database: both create the schema
        procs = [subprocess.Popen(ingest_cmd(corpus, db), env=env(), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=600) for p in procs]
        for p, (out, err) in zip(procs, outs):
            assert p.returncode == 0 and "Traceback" not in err, err
        new = sum(int(out.split(" new")[0].split()[-1]) for out, _ in outs)
        assert new == len(per_article(clean))
        assert content(db) == content(clean)


def test_many_connections_opening_one_new_database_at_once_all_open_it(tmp_path):
    # SQLite calls no busy handler while a new file enters WAL mode: without a wait of our own
    # about one opening pair in fifteen failed with "database is locked"
    for trial in range(50):
        url = f"sqlite:///{tmp_path / f'new{trial}.db'}"
        start = threading.Barrier(16)
        errors: list[Exception] = []

        def open_store() -> None:
            start.wait()
            try:
                with make_engine(url).connect():
                    pass
            except Exception as e:  # noqa: BLE001 - any failure to open is the finding
                errors.append(e)

        threads = [threading.Thread(target=open_store) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, f"trial {trial}: {errors[0]}"


def test_ten_readers_during_an_ingest_never_fail_nor_see_half_an_article(corpus, clean, tmp_path):
    db = tmp_path / "read.db"
    url = f"sqlite:///{db}"
    expected = {aid: len(stored[1]) for aid, stored in per_article(clean).items()}
    problems: list[str] = []
    reads = [0] * 10
    ingest_done = threading.Event()

    def reader(k: int) -> None:
        try:
            store = Store(url)  # may race the ingest's own schema creation on a new file
            while True:
                last = ingest_done.is_set()
                for a in store.articles():
                    if a.n_events != expected[a.article_id]:
                        problems.append(f"{a.article_id}: {a.n_events} events")
                reads[k] += 1
                if last:
                    return
        except Exception as e:  # noqa: BLE001 - any failure of a reader is the finding
            problems.append(f"reader {k}: {type(e).__name__}: {e}")

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(10)]
    proc = subprocess.Popen(ingest_cmd(corpus, db), env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    for t in threads:
        t.start()
    out, err = proc.communicate(timeout=600)
    ingest_done.set()
    for t in threads:
        t.join(timeout=300)
    assert proc.returncode == 0, err
    assert problems == []
    assert all(reads)
    assert content(db) == content(clean)


def test_a_read_only_database_gives_one_clear_line_and_can_still_be_listed(corpus, clean, cli):
    url = f"sqlite:///file:{clean}?mode=ro&uri=true"
    before = content(clean)
    extra = corpus.parent / "extra.txt"
    extra.write_text(STRIKES[1].format(n=3, v=4, d=1), encoding="utf-8")
    result = cli("ingest", str(extra), "--db", url)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: database ") and "readonly database" in line
    assert cli("list", "--db", url).returncode == 0
    assert content(clean) == before


def test_a_locked_database_gives_one_clear_line_and_readers_still_read(clean, cli, tmp_path,
                                                                        monkeypatch):
    db = tmp_path / "locked.db"
    db.write_bytes(clean.read_bytes())
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN EXCLUSIVE")  # another writer that does not let go
    try:
        extra = tmp_path / "extra.txt"
        extra.write_text(STRIKES[1].format(n=3, v=4, d=1), encoding="utf-8")
        monkeypatch.setenv("ATHAR_DB_TIMEOUT", "0.2")
        result = cli("ingest", str(extra), "--db", f"sqlite:///{db}")
        listing = cli("list", "--db", f"sqlite:///{db}")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "database is locked (another process holds the write lock" in line
    assert listing.returncode == 0 and "seed0" in listing.stdout
    assert content(db) == content(clean)


# --- one article's exception is one failed article ---------------------------------------------

@pytest.fixture
def three(tmp_path: Path) -> Path:
    folder = tmp_path / "three"
    folder.mkdir()
    for name, k in (("a", 0), ("boom", 1), ("c", 2)):
        (folder / f"{name}.txt").write_text(STRIKES[1].format(n=3 + k, v=1, d=1), encoding="utf-8")
    return folder


@pytest.fixture
def bug_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """The losses step meets a bug on the article that claims 4 killed."""
    import events.extract.pipeline as pipeline

    i = next(k for k, s in enumerate(pipeline.STEPS) if s.name == "losses")
    real = pipeline.STEPS[i]

    def losses(doc):
        if "مقتل 4 " in doc.text:
            raise RuntimeError("a bug met\nover two lines")
        real.run(doc)

    steps = list(pipeline.STEPS)
    steps[i] = replace(real, run=losses)
    monkeypatch.setattr(pipeline, "STEPS", steps)


def test_an_exception_in_one_articles_extraction_fails_that_article_only(three, db_url, bug_on_boom):
    summary = ingest_paths([three], Store(db_url))
    assert (summary.new, summary.failed) == (2, 1)
    [line] = summary.errors
    assert line.endswith("boom.txt: extraction failed: RuntimeError: a bug met")
    assert [a.article_id for a in Store(db_url).articles()] == ["a", "c"]


def test_an_exception_while_storing_one_article_leaves_nothing_of_it(three, db_url, monkeypatch):
    real = Store._insert_events

    def insert_then_fail(conn, article_id, *rest):
        real(conn, article_id, *rest)  # rows are written, then the transaction must roll back
        if article_id == "boom":
            raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(Store, "_insert_events", staticmethod(insert_then_fail))
    summary = ingest_paths([three], Store(db_url))
    assert (summary.new, summary.failed) == (2, 1)
    assert "boom.txt: storing failed: OverflowError: Python int too large" in summary.errors[0]
    store = Store(db_url)
    assert [a.article_id for a in store.articles()] == ["a", "c"]
    assert all(e.article_id != "boom" for e in store.events())


def test_the_cli_reports_a_failed_article_in_one_line_and_exits_2(three, db_url, bug_on_boom, capsys):
    assert events_cli.main(["ingest", str(three), "--db", db_url]) == 2
    out, err = capsys.readouterr()
    assert "2 new, 0 unchanged, 0 updated, 1 failed" in out
    [line] = err.strip().splitlines()
    assert line.startswith("error: ") and "boom.txt" in line and "Traceback" not in err
    assert events_cli.main(["extract", str(three / "boom.txt")]) == 2
    assert "boom.txt: extraction failed: RuntimeError" in capsys.readouterr().err
