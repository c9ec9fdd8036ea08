"""The store: a real SQLite database in a temp dir, one transaction per article."""
from datetime import date

import pytest

from events.model import Actor, Article, Claim, Event, Evidence, Place
from events.store import SCHEMA_VERSION, Store
from tests.conftest import db_dump

RAQQA = Place("Raqqa", "الرقة", 35.95, 39.01, "populated_place", "Ar-Raqqah", "SY", 1, 1)


def article(text="قصف الطيران مدينة الرقة.", article_id="a1") -> Article:
    return Article(article_id=article_id, text=text, published=date(2017, 6, 2), path=f"/x/{article_id}.txt")


def strike(n_killed=12) -> Event:
    return Event(article_id="a1", event_type="airstrike", date_start="2017-06-01",
                 date_end="2017-06-01", date_prec=1, location=RAQQA,
                 actors=[Actor("Russian Aerospace Forces", None, "actor1", "الطيران")],
                 claims=[Claim("killed", "civilians", "exact", n_killed, n_killed, n_killed,
                               f"{n_killed} مدنيا", 0, 5, "SOHR")],
                 evidence=[Evidence("قصف الطيران مدينة الرقة.", 0, 24)])


def test_saving_an_article_stores_its_events_claims_actors_and_places(new_db):
    store = Store(new_db())
    assert store.save(article(), [strike()], "v1") == "new"
    assert store.counts() == {"articles": 1, "events": 1, "claims": 1, "actors": 1, "places": 1}
    [ev] = store.events()
    assert ev.claims[0].display() == "12" and ev.location.name == "Raqqa"
    assert store.article("a1").n_events == 1


def test_the_same_text_twice_is_one_article_even_under_another_name(db_url):
    store = Store(db_url)
    store.save(article(), [strike()], "v1")
    before = db_dump(db_url)
    assert store.save(article(), [strike()], "v1") == "unchanged"
    assert store.save(article(article_id="copy"), [strike()], "v1") == "unchanged"
    assert db_dump(db_url) == before


def test_a_better_extractor_replaces_the_articles_events(new_db):
    store = Store(new_db())
    store.save(article(), [strike(12)], "v1")
    assert store.save(article(), [strike(15), strike(3)], "v2") == "updated"
    assert sorted(c.best for e in store.events() for c in e.claims) == [3, 15]
    assert store.counts()["articles"] == 1


def test_a_failure_mid_write_leaves_the_database_as_it_was(db_url, monkeypatch):
    store = Store(db_url)
    store.save(article(), [strike()], "v1")
    before = db_dump(db_url)

    def broken(*_a, **_k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(Store, "_insert_events", staticmethod(broken))
    with pytest.raises(RuntimeError):
        store.save(article("نص آخر عن حمص.", "a2"), [strike()], "v1")
    with pytest.raises(RuntimeError):
        store.save(article(), [strike(99)], "v2")
    assert db_dump(db_url) == before


def test_the_database_runs_in_wal_mode_with_a_schema_version(db_url):
    store = Store(db_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT version FROM schema_info").scalar() == SCHEMA_VERSION


def test_events_read_back_exactly_as_saved_though_evidence_text_is_stored_once(new_db):
    text = "قصف الطيران مدينة الرقة. وقتل 12 مدنيا."
    event = strike()
    event.evidence = [Evidence(text[:24], 0, 24), Evidence("not in the text", 30, 35)]
    event.background = True
    store = Store(new_db())
    store.save(article(text), [event], "v1")
    [back] = store.events()
    assert back.to_dict() == event.to_dict()
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT json FROM events").scalar()
    assert text[:24] not in stored  # cut from the article's text on read
    assert "not in the text" in stored  # a sentence that is no slice of the text is kept


def test_flat_columns_hold_what_the_dashboard_filters_on(db_url):
    store = Store(db_url)
    event = strike()
    event.date_end = None
    event.claimant = "Russian Ministry of Defence; SOHR"
    store.save(article(), [event], "v1")
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT first_day, last_day, actor1, place, lat, precision, background, "
            "incident_id IS NOT NULL FROM events").one()
        names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM claimants")}
    assert tuple(row) == ("2017-06-01", "2017-06-01", "Russian Aerospace Forces", "Raqqa",
                          35.95, 1, 0, 1)
    assert names == {"Russian Ministry of Defence", "SOHR"}
