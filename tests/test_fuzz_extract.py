"""Property: the whole extractor survives any text, any publication date, any number.

Whatever comes in, extraction raises nothing, every span points inside the article and says
what the article says there, dates are real ISO dates in order or null, low ≤ best ≤ high, and
every event can be stored (SQLite INTEGER) and read back unchanged.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import event, given

from events.extract.numbers import MAX_COUNT
from events.model import Article, Event, assign_ids
from events.store import Store
from tests.fuzz_strategies import FUZZ, languages, published_dates, texts
from events.extract.pipeline import extract

INT64 = 2**63 - 1


def check_event(e: Event, text: str) -> None:
    if e.date_start is not None or e.date_end is not None:
        start = date.fromisoformat(e.date_start) if e.date_start else None
        end = date.fromisoformat(e.date_end) if e.date_end else None
        assert start is None or end is None or start <= end
    for ev in e.evidence:
        assert 0 <= ev.start <= ev.end <= len(text) and text[ev.start:ev.end] == ev.sentence
    for c in e.claims:
        assert 0 <= c.start <= c.end <= len(text) and text[c.start:c.end] == c.text
        values = [v for v in (c.low, c.best, c.high) if v is not None]
        assert values or c.qualifier == "vague"  # a toll without a figure
        assert all(isinstance(v, int) and 0 < v <= MAX_COUNT < INT64 for v in values)
        assert values == sorted(values), (c.low, c.best, c.high)
    for p in [e.location, e.origin, e.destination, *e.via]:
        if p is not None and p.lat is not None:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")


@FUZZ
@given(text=texts, published=published_dates, language=languages)
def test_any_text_any_date_gives_well_formed_events_that_the_store_keeps(
        store, text, published, language):
    found = extract(text, published=published, language=language, article_id="f")
    event("with events" if found else "no event")
    event("with claims" if any(e.claims for e in found) else "no claim")
    for e in found:
        check_event(e, text)
    if not found or not text.strip():
        return
    article = Article("f", text, published=published, language=language)
    assign_ids(found)
    store.save(article, found, "fuzz")
    stored = store.events("f")
    assert sorted(e.to_json() for e in stored) == sorted(e.to_json() for e in found)
    with store.engine.begin() as conn:  # leave the next example an empty store
        conn.exec_driver_sql("DELETE FROM articles")
