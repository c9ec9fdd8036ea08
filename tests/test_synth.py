"""Synthetic data: stores built through the store API with a realistic spread, and articles
whose planted events extraction recovers (what the benchmarks stand on)."""
from __future__ import annotations

import json

import pytest

from events.ingest import extract_events
from events.reader import read_article
from events.store import Store
from events.model import Event
from events.synth import articles, build
from events.synth_articles import write
from tests.conftest import db_dump


def test_a_synthetic_store_has_the_spread_of_a_real_archive(db_url):
    counts = build(db_url, 600, seed=3)
    assert counts["events"] == 600 and 150 < counts["articles"] < 400
    with Store(db_url).engine.connect() as conn:
        def one(sql: str):
            return conn.exec_driver_sql(sql).scalar()
        with_claims = one("SELECT count(DISTINCT event_id) FROM claims")
        assert 0.25 < with_claims / 600 < 0.5  # claims on ~45% of the events that can have them
        assert one("SELECT count(DISTINCT country) FROM events") == 3  # Syria, Iraq, Yemen
        assert one("SELECT count(DISTINCT actor1) FROM events") >= 15
        assert one("SELECT max(last_day) FROM events") > "2025"
        assert one("SELECT min(first_day) FROM events WHERE background = 0") < "2016-02"
        assert one("SELECT count(*) FROM events WHERE first_day IS NULL") > 0  # undated
        assert one("SELECT count(*) FROM events WHERE background = 1") > 0  # history
        shared = one("SELECT count(*) FROM (SELECT incident_id FROM events "
                     "GROUP BY incident_id HAVING count(DISTINCT article_id) > 1)")
        assert shared > 0  # some events reported by several articles


def test_the_same_seed_gives_the_same_store(tmp_path):
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    build(a, 200, seed=5)
    build(b, 200, seed=5)
    assert _without_times(db_dump(a)) == _without_times(db_dump(b))


def _without_times(dump: str) -> list[str]:
    """A dump without ingest times and the query planner's statistics."""
    import re
    return [re.sub(r"'\d{4}-\d\d-\d\dT[\d:]+\+00:00'", "T", line) for line in dump.splitlines()
            if "sqlite_stat" not in line]


def test_the_bulk_load_gives_the_store_an_ingest_gives(tmp_path):
    # synth plants its incidents and stores them with Store.load_linked (no linker); at this
    # size no two independent events meet the linking rules by chance, so the store's own
    # linker (save_many, as an ingest) must find exactly the planted incidents
    bulk, ingest = f"sqlite:///{tmp_path / 'bulk.db'}", f"sqlite:///{tmp_path / 'ingest.db'}"
    build(bulk, 600, seed=3)
    build(ingest, 600, seed=3, linked=False)
    assert _without_times(db_dump(bulk)) == _without_times(db_dump(ingest))
    with Store(bulk).engine.connect() as conn:
        joined = conn.exec_driver_sql(
            "SELECT count(*) FROM events WHERE link_reasons LIKE '%same place%'").scalar()
    assert joined > 0  # re-reports joined an incident, with the linker's score and reasons


def test_the_bulk_load_works_on_every_database(new_db):
    bulk, ingest = new_db(), new_db()
    build(bulk, 150, seed=4)
    build(ingest, 150, seed=4, linked=False)
    assert Store(bulk).counts() == Store(ingest).counts()
    shared = ("SELECT incident_id, count(*) FROM events GROUP BY incident_id "
              "HAVING count(*) > 1 ORDER BY incident_id")
    with Store(bulk).engine.connect() as a, Store(ingest).engine.connect() as b:
        assert a.exec_driver_sql(shared).all() == b.exec_driver_sql(shared).all() != []


def test_the_bulk_load_refuses_an_incident_the_linking_rules_forbid(db_url):
    store = Store(db_url)
    (first, found_a), (second, found_b) = list(articles(40, seed=2))[:2]
    strike = next(e for e in found_a if e.event_type == "airstrike" and e.location)
    talk = Event(article_id=second.article_id, event_type="statement", date_start="2020-01-01",
                 date_end="2020-01-01", location=strike.location,
                 incident_id=strike.incident_id)
    with pytest.raises(ValueError, match="cannot join incident"):
        store.load_linked([(first, found_a), (second, [talk])], "synthetic")
    assert store.counts()["articles"] == 0  # one transaction: nothing stored


def test_extraction_recovers_the_events_planted_in_synthetic_articles(tmp_path):
    planted = write(tmp_path, 8, seed=11)
    assert {p.language for p in planted} == {"ar", "en"}
    recovered = 0
    for p in planted:
        found = extract_events(read_article(tmp_path / f"{p.article_id}.txt"))
        recovered += any(
            e.event_type == p.event_type and e.location is not None
            and e.location.gazetteer_id == p.place and e.date_start == p.day
            and any(c.category == "killed" and c.best == p.killed for c in e.claims)
            for e in found)
    assert recovered == len(planted)
    listed = json.loads((tmp_path / "planted.json").read_text(encoding="utf-8"))
    assert [d["article_id"] for d in listed] == [p.article_id for p in planted]


def test_synth_on_the_command_line(cli, db_url, tmp_path):
    done = cli("synth", "--events", "50", "--db", db_url, "--seed", "1")
    assert done.returncode == 0, done.stderr
    assert "50 events" in done.stdout
    done = cli("synth", "--articles", "3", "--out", str(tmp_path / "a"))
    assert done.returncode == 0 and len(list((tmp_path / "a").glob("*.txt"))) == 3
    bad = cli("synth", "--events", "0", "--db", db_url)
    assert bad.returncode == 2 and "positive integer" in bad.stderr


def test_bench_query_measures_a_given_database_filling_it_once(new_db):
    # `bench query --db URL` (a PostgreSQL server, say): an empty database gets the synthetic
    # store, a rerun reuses it, a database holding something else is refused
    from events.bench_query import db_mb, store_at

    url = new_db()
    assert store_at(url, 120, seed=1) == url and Store(url).counts()["events"] == 120
    store_at(url, 120, seed=1)  # kept as it is
    assert Store(url).counts()["events"] == 120 and db_mb(url) >= 0
    with pytest.raises(ValueError, match="holds 120 events"):
        store_at(url, 500)
