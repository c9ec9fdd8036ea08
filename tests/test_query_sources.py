"""Sources search: full text over titles and bodies, FTS5 on SQLite kept in step by triggers,
LIKE elsewhere (substrings: a superset for plain words); a search box entry is words, never query syntax."""
from __future__ import annotations

from datetime import date

import pytest

import events.query_sources as qs
from events.model import Article
from events.store import Store


def article(aid: str, title: str, body: str, day: int = 1) -> Article:
    return Article(aid, body, title=title, published=date(2017, 6, day))


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    s.save(article("a1", "Strikes on Raqqa", "Aircraft struck convoys leaving the city.", 1),
           [], "v1")
    s.save(article("a2", "غارات على الرقة", "قصفت الطائرات قافلة خرجت من مدينة الرقة", 2), [], "v1")
    s.save(article("a3", "Talks in Astana", "Delegations met; no convoy was mentioned.", 3),
           [], "v1")
    return s


@pytest.fixture(params=["fts5", "like"])
def search(request, store: Store, monkeypatch: pytest.MonkeyPatch):
    if request.param == "like":
        monkeypatch.setattr(qs, "has_search_index", lambda engine: False)
    return lambda q: set(qs.search_articles(store.engine, q))


def test_words_are_found_in_titles_and_bodies_in_both_languages(search):
    assert search("raqqa") == {"a1"}  # title, any case
    assert search("convoys") == {"a1"}  # body
    assert search("الرقة") == {"a2"}
    assert "a3" in search("convoy")  # (FTS5 matches whole words, LIKE also "convoys")


def test_every_word_must_occur(search):
    assert search("aircraft city") == {"a1"}
    assert search("aircraft astana") == set()


def test_an_entry_is_words_never_query_syntax(search):
    for hostile in ['") OR 1=1 --', "raqqa AND", 'NEAR("a" "b")', "*", "%", "_", "\\"]:
        search(hostile)  # never an error
    assert search('"raqqa') == {"a1"}
    assert search("   ") == set()


def test_the_index_is_part_of_the_schema_and_follows_every_ingest(store: Store):
    assert qs.has_search_index(store.engine)
    store.save(article("a4", "Clashes near Tabqa", "Fighting at the Tabqa dam.", 4), [], "v1")
    assert qs.search_articles(store.engine, "tabqa") == ["a4"]
    store.save(article("a4", "Clashes near Tabqa", "Fighting at the Tabqa dam.", 4), [], "v2")
    assert qs.search_articles(store.engine, "tabqa") == ["a4"]  # replaced, not doubled
