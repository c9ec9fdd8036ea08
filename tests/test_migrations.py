"""Schema upgrades: a database made by an older Athar opens, upgraded, with nothing lost.

``fixtures/store_v1.sql`` is a real version 1 database (the bundled article ingested by the
Athar of that version, dumped as SQL).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from events.migrations import STEPS
from events.query_sources import search_articles
from events.schema import SCHEMA_VERSION
from events.store import Store, StoreError

V1 = Path(__file__).parent / "fixtures" / "store_v1.sql"


def v1_database(path: Path) -> str:
    con = sqlite3.connect(path)
    con.executescript(V1.read_text(encoding="utf-8"))
    con.close()
    return f"sqlite:///{path}"


def v1_events(path: Path) -> dict[str, dict]:
    con = sqlite3.connect(path)
    try:
        return {eid: json.loads(j) for eid, j in con.execute("SELECT event_id, json FROM events")}
    finally:
        con.close()


def test_every_version_has_an_upgrade_step():
    assert sorted(STEPS) == list(range(2, SCHEMA_VERSION + 1))


def test_a_version_1_database_is_upgraded_on_open_and_keeps_every_event(tmp_path):
    url = v1_database(tmp_path / "v1.db")
    before = v1_events(tmp_path / "v1.db")
    store = Store(url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalar() == SCHEMA_VERSION
    after = {e.event_id: e.to_dict() for e in store.events()}
    for d in before.values():
        d.setdefault("background", False)  # a field version 1 had not written yet
    assert all(d.pop("incident_id") for d in after.values())  # version 3 links every event
    assert after == before  # the JSON contract, field for field


def test_an_upgraded_database_has_the_flat_columns_and_the_search_index(tmp_path):
    store = Store(v1_database(tmp_path / "v1.db"))
    with store.engine.connect() as conn:
        missing = conn.execute(text(
            "SELECT count(*) FROM events WHERE actor1 IS NULL OR precision IS NULL "
            "OR incident_id IS NULL OR background IS NULL")).scalar()
        ranges = conn.execute(text("SELECT count(*) FROM claims WHERE lo IS NULL")).scalar()
        claimant_rows = conn.execute(text("SELECT count(*) FROM claimants")).scalar()
    assert missing == 0 and ranges == 0 and claimant_rows > 0
    assert search_articles(store.engine, "الرقة")  # FTS5 built from the stored articles


def test_an_upgraded_database_takes_new_articles_like_a_new_one(tmp_path):
    from tests.test_store import article, strike

    store = Store(v1_database(tmp_path / "v1.db"))
    assert store.save(article("نص جديد عن الرقة.", "new"), [strike()], "v2") == "new"
    assert search_articles(store.engine, "جديد") == ["new"]


def test_a_failing_step_leaves_the_version_1_database_untouched(tmp_path, monkeypatch):
    url = v1_database(tmp_path / "v1.db")
    dump = "\n".join(sqlite3.connect(tmp_path / "v1.db").iterdump())

    def broken(conn):
        conn.execute(text("ALTER TABLE events ADD COLUMN half_done TEXT"))
        raise RuntimeError("power cut")
    monkeypatch.setitem(STEPS, 2, broken)
    with pytest.raises(RuntimeError):
        Store(url)
    assert "\n".join(sqlite3.connect(tmp_path / "v1.db").iterdump()) == dump


def test_a_database_from_a_newer_athar_is_refused_in_one_line(tmp_path):
    url = v1_database(tmp_path / "v1.db")
    con = sqlite3.connect(tmp_path / "v1.db")
    con.execute("UPDATE schema_info SET version = 99")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="schema version 99 is newer") as e:
        Store(url)
    assert "\n" not in str(e.value)


def test_an_upgraded_database_has_every_index_a_new_one_has(tmp_path):
    def indexes(url: str) -> set[tuple[str, str]]:
        with Store(url).engine.connect() as conn:
            return set(conn.execute(text(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' "
                "AND name NOT LIKE 'sqlite_autoindex%'")).all())
    upgraded, new = indexes(v1_database(tmp_path / "v1.db")), indexes(f"sqlite:///{tmp_path}/n.db")
    assert upgraded == new
    assert {"ix_events_view", "ix_claims_view", "ix_actors_event_name"} <= {n for n, _ in new}
