"""Schema 8 flags the events that carry claims (``events.claimed``), and the Losses page groups the
claims of the claimed events in view alone (``ix_events_claimed``): a 1M archive's 90-day view
holds ~34,000 events, ~20,000 of them without a claim, each looked up in the claims' index for
nothing before. The flag must hold whatever wrote the store — one article, a batch, an article
extracted again, the synthetic bulk path, an upgrade from an older schema — and reading only the
flagged events must give the page exactly what reading every event in view gave.
"""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import inspect, text

from events import claim_groups, query_losses
from events.migrations import STEPS
from events.model import Article
from events.query import Filters, in_view
from events.query_losses import both_totals, categories, claims_frame, killed_claimed
from events.query_losses_view import losses_view
from events.schema import SCHEMA_VERSION
from events.store import Store
from tests.conftest import store_with
from tests.test_losses_rollup import random_archive
from tests.test_migrations import v1_database
from tests.test_store import article, strike
from tests.test_store_batch import scenario


def wrongly_flagged(store: Store) -> list[tuple[str, bool | None]]:
    """Events whose flag says otherwise than their claims (none, when the store is right)."""
    with store.engine.connect() as conn:
        return conn.execute(text(
            "SELECT event_id, claimed FROM events WHERE claimed IS NULL OR claimed != "
            "(EXISTS (SELECT 1 FROM claims WHERE claims.event_id = events.event_id))")).all()


def flagged(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM events WHERE claimed")).scalar_one()


def test_an_event_is_flagged_when_saved_with_claims_and_unflagged_when_saved_again_without(
        new_db):
    store = Store(new_db())
    silent = strike()
    silent.claims = []
    store.save(article(), [strike(), silent], "v1")
    assert flagged(store) == 1 and not wrongly_flagged(store)
    store.save(article(), [silent], "v2")  # a new extractor finds no claim any more
    assert flagged(store) == 0 and not wrongly_flagged(store)
    store.save(article(), [strike(), strike(3)], "v3")
    assert flagged(store) == 2 and not wrongly_flagged(store)


def test_batches_and_the_synthetic_bulk_path_flag_their_events(new_db):
    batched = Store(new_db())
    for _ in batched.save_many(scenario(3), "v1"):
        pass
    assert 0 < flagged(batched) < batched.counts()["events"] and not wrongly_flagged(batched)
    bulk = Store(new_db())
    found = random_archive(2)
    bulk.load_linked([(Article(a, f"text of {a} " + "x" * 200, published=date(2017, 6, 2)),
                       [e for e in found if e.article_id == a])
                      for a in sorted({e.article_id for e in found})], "synthetic")
    assert 0 < flagged(bulk) < bulk.counts()["events"] and not wrongly_flagged(bulk)


def every_event_in_view(monkeypatch) -> None:
    """The code before schema 8: the claims of every event in view, claimed or not."""
    monkeypatch.setattr(claim_groups, "claimed_in_view", in_view)
    monkeypatch.setattr(query_losses, "claimed_in_view", in_view)


FILTERS = (Filters(), Filters(include_background=True), Filters(include_undated=False),
           Filters(start=date(2017, 5, 30), end=date(2017, 5, 30)),
           Filters(claimants=("White Helmets",)), Filters(event_types=("shelling",)))


def losses_page(store: Store, f: Filters) -> tuple:
    """Everything the Losses page and the header show for one filter state (tables as JSON:
    a missing figure is NaN, which equals nothing)."""
    engine = store.engine
    page = losses_view(engine, f, load=store.events_by_id)
    narrowed = losses_view(engine, f, ("killed",), load=store.events_by_id)
    return (page.categories, page.claims.to_json(), page.by_category, page.by_claimant,
            page.incidents.to_json(), narrowed.claims.to_json(),
            narrowed.by_category, categories(engine, f), killed_claimed(engine, f),
            both_totals(engine, f), claims_frame(engine, f).to_json())


@pytest.mark.parametrize("seed", range(4))
def test_reading_only_the_claimed_events_shows_what_every_event_in_view_showed(
        new_db, seed, monkeypatch):
    store = store_with(new_db(), random_archive(seed))
    assert 0 < flagged(store) < store.counts()["events"]  # events without claims are in view
    now = [losses_page(store, f) for f in FILTERS]
    every_event_in_view(monkeypatch)
    assert now == [losses_page(store, f) for f in FILTERS]


def as_version_7(url: str) -> None:
    """The store at ``url`` as schema 7 left it: no flag, no index of claimed events."""
    engine = Store(url).engine
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_events_claimed"))
        conn.execute(text("ALTER TABLE events DROP COLUMN claimed"))
        conn.execute(text("UPDATE schema_info SET version = 7"))
    engine.dispose()


def test_a_version_7_store_is_upgraded_with_its_events_flagged_and_indexed(new_db):
    url = new_db()
    expected = flagged(store_with(url, random_archive(1)))
    as_version_7(url)
    store = Store(url)  # upgraded on open
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalar() == SCHEMA_VERSION
        assert "ix_events_claimed" in {i["name"] for i in inspect(conn).get_indexes("events")}
    assert flagged(store) == expected > 0 and not wrongly_flagged(store)


def test_a_version_1_store_gets_the_same_flag_and_partial_index_as_a_new_one(tmp_path):
    def claimed_index(path) -> str:
        con = sqlite3.connect(path)
        try:
            return con.execute("SELECT sql FROM sqlite_master "
                               "WHERE name = 'ix_events_claimed'").fetchone()[0]
        finally:
            con.close()
    upgraded = Store(v1_database(tmp_path / "v1.db"))
    Store(f"sqlite:///{tmp_path}/new.db")
    assert sorted(STEPS)[-1] == SCHEMA_VERSION
    assert flagged(upgraded) > 0 and not wrongly_flagged(upgraded)
    assert claimed_index(tmp_path / "v1.db") == claimed_index(tmp_path / "new.db")
    assert claimed_index(tmp_path / "new.db").endswith("WHERE claimed = 1")
    log = tmp_path / "v1.db-wal"  # the upgrade's log emptied, though the store stays open
    assert upgraded.engine.pool.checkedin() and (not log.exists() or log.stat().st_size == 0)


def test_the_claims_in_view_are_grouped_from_the_index_of_claimed_events(db_url):
    store = store_with(db_url, random_archive(0))
    query = claim_groups.distinct_claims(Filters(start=date(2017, 5, 30), end=date(2017, 5, 31)))
    with store.engine.connect() as conn:
        plan = " ".join(r[-1] for r in conn.execute(
            text(f"EXPLAIN QUERY PLAN {sql(query, conn)}")))
    assert "COVERING INDEX ix_events_claimed" in plan  # not a row of events read


def sql(query, conn) -> str:
    return str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
