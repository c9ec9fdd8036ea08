"""Synthetic data: stores built through the store API with a realistic spread, and articles
whose planted events extraction recovers (what the benchmarks stand on)."""
from __future__ import annotations

import json

from events.ingest import extract_events
from events.reader import read_article
from events.store import Store
from events.synth import build
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
    import re
    return [re.sub(r"'\d{4}-\d\d-\d\dT[\d:]+\+00:00'", "T", line) for line in dump.splitlines()]


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
