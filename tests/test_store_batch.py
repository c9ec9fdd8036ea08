"""Writing a batch (``Store.save_many``, the writer of ``ingest --workers``) stores exactly what
saving the same articles one by one stores — rows, links, incidents — with a few statements
per batch instead of a dozen per article; a bad article still fails alone."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select

from events.linking import merge
from events.model import Actor, Article, Claim, Event, Evidence, Place
from events.schema import actors, articles, claimants, claims, events, incidents, places
from events.store import Store

SY = dict(country="SY", geo_precision=1, where_prec=1)
PLACES = [
    Place("Douma", lat=33.5722, lon=36.4025, admin1="Rif Dimashq", gazetteer_id="t:douma", **SY),
    Place("Harasta", lat=33.5586, lon=36.365, admin1="Rif Dimashq", gazetteer_id="t:harasta",
          **SY),
    Place("Yabroud", lat=33.967, lon=36.657, admin1="Rif Dimashq", gazetteer_id="t:yabroud",
          **SY),
    Place("Rif Dimashq Governorate", lat=33.5, lon=36.5, kind="governorate",
          admin1="Rif Dimashq", country="SY", geo_precision=3, where_prec=4,
          gazetteer_id="t:gov-rd"),
    Place("Kilis", lat=36.71, lon=37.11, country="TR", gazetteer_id="t:kilis"),
    Place("Syria", lat=35.0, lon=38.0, kind="country", country="SY", geo_precision=3),
    None,
]
ACTORS = ["Syrian Air Force", "Russian Aerospace Forces", "Islamic State", "Jaysh al-Islam",
          "Syrian Arab Army", "Government forces"]
TYPES = ["airstrike", "shelling", "clash", "territory_change", "movement", "attack"]
DAY = date(2018, 2, 20)


def random_event(rng: random.Random, article_id: str, n: int) -> Event:
    """One event as extraction might give it: often the same strike told again, sometimes
    undated, history, planned, month-long, placeless or only a country."""
    first = DAY + timedelta(days=rng.randint(0, 4)) if rng.random() > 0.1 else None
    last = first + timedelta(days=rng.choice([0, 0, 0, 1, 2, 30])) if first else None
    names = rng.sample(ACTORS, rng.randint(0, 2))
    killed = rng.randint(1, 40)
    return Event(
        article_id=article_id, event_type=rng.choice(TYPES), event_id=f"{article_id}:e{n}",
        modality="planned" if rng.random() < 0.1 else "actual",
        date_start=first.isoformat() if first else None,
        date_end=last.isoformat() if last else None, location=rng.choice(PLACES),
        actors=[Actor(name, role="actor1" if i == 0 else "actor2")
                for i, name in enumerate(names)],
        claims=[Claim("killed", "civilians", "exact", killed, killed, killed,
                      claimant=rng.choice([None, "SOHR", "SANA"]))] if rng.random() < 0.5
        else [],
        evidence=[Evidence(f"what {article_id} says", 0, 20)],
        background=rng.random() < 0.05)


def scenario(seed: int, n: int = 80) -> list[tuple[Article, list[Event]]]:
    """Articles in ingest order: new ones, texts seen before under another name (unchanged),
    and a few articles extracted again with a new text (updates) among them."""
    rng = random.Random(seed)
    out: list[tuple[Article, list[Event]]] = []
    for i in range(n):
        roll = rng.random()
        if out and roll < 0.08:  # the same text again
            article, _ = rng.choice(out)
            copy = Article(f"copy{i}", article.text, published=article.published)
            out.append((copy, [random_event(rng, copy.article_id, 0)]))
            continue
        article_id = rng.choice(out)[0].article_id if out and roll < 0.16 else f"a{i}"
        article = Article(article_id, f"text {i} of {article_id} " + "-" * 40,
                          published=DAY + timedelta(days=5))
        out.append((article, [random_event(rng, article_id, k)
                              for k in range(rng.choice([1, 1, 1, 2, 3]))]))
    return out


def new_articles(seed: int, n: int) -> list[tuple[Article, list[Event]]]:
    """Articles none of which is stored yet, nor a copy of another."""
    rng = random.Random(seed)
    return [(Article(f"n{i}", f"new text {i} " + "-" * 40, published=DAY + timedelta(days=5)),
             [random_event(rng, f"n{i}", k) for k in range(rng.choice([1, 2]))])
            for i in range(n)]


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of the tables an ingest writes, but the time it wrote them."""
    out = {}
    with store.engine.connect() as conn:
        for table in (articles, events, incidents, claims, actors, places, claimants):
            columns = [c for c in table.c if c.name != "ingested_at"]
            out[table.name] = [tuple(r) for r in conn.execute(
                select(*columns).order_by(*table.primary_key.columns))]
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_batch_stores_what_saving_its_articles_one_by_one_stores(new_db, seed):
    one_by_one, batched = Store(new_db()), Store(new_db())
    statuses = [one_by_one.save(a, found, "v1") for a, found in scenario(seed)]
    work = scenario(seed)
    results = [r for i in range(0, len(work), 25)
               for r in batched.save_many(work[i:i + 25], "v1")]
    assert results == statuses
    assert {"new", "unchanged", "updated"} <= set(statuses)
    assert dump(batched) == dump(one_by_one)


def test_a_batch_joins_incidents_stored_before_and_respects_an_analysts_merge(new_db):
    one_by_one, batched = Store(new_db()), Store(new_db())
    for store in (one_by_one, batched):
        first = scenario(4, 40)
        for a, found in first[:20]:
            store.save(a, found, "v1")
        with store.engine.begin() as conn:
            keys = sorted({e.incident_id for _, found in first[:20] for e in found
                           if e.incident_id})
            merge(conn, keys[:3])  # a hand-made incident: nothing joins it automatically
        if store is one_by_one:
            for a, found in first[20:]:
                store.save(a, found, "v1")
        else:
            store.save_many(first[20:], "v1")
    assert dump(batched) == dump(one_by_one)


def test_an_article_whose_events_cannot_be_stored_fails_alone(db_url):
    store = Store(db_url)
    good = new_articles(5, 6)
    bad = Article("bad", "a text whose event has an impossible date " + "-" * 20)
    broken = Event(article_id="bad", event_type="airstrike", event_id="bad:e0",
                   date_start="2018-02-31", location=PLACES[0])
    results = store.save_many(good[:3] + [(bad, [broken])] + good[3:], "v1")
    assert isinstance(results[3], ValueError)
    assert results[:3] + results[4:] == ["new"] * 6
    assert store.article("bad") is None and store.counts()["articles"] == 6


def test_an_article_the_database_refuses_fails_alone_and_the_rest_is_stored(new_db,
                                                                          monkeypatch):
    store = Store(new_db())
    real = Store._article_row

    def unstorable_notes(article, version):
        row = real(article, version)
        if article.article_id == "n2":
            row["notes"] = object()  # no database takes this value
        return row
    monkeypatch.setattr(Store, "_article_row", staticmethod(unstorable_notes))
    results = store.save_many(new_articles(6, 10), "v1")
    assert isinstance(results[2], Exception) and store.article("n2") is None
    assert [r for i, r in enumerate(results) if i != 2] == ["new"] * 9
    assert len(store.events()) == sum(len(f) for i, (_, f) in enumerate(new_articles(6, 10))
                                      if i != 2)


def test_a_batch_of_new_articles_costs_a_few_statements_not_a_dozen_per_article(db_url):
    store = Store(db_url)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *rest: statements.append(sql))
    assert store.save_many(new_articles(7, 50), "v1") == ["new"] * 50
    assert len(statements) <= 20
