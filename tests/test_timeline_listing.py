"""The timeline's listing: the first events in view by date, undated last, each with its first
evidence sentence cut from its article's text. Specifications of
``events.query_timeline.listing`` on a real database (SQLite, then PostgreSQL)."""
from __future__ import annotations

from datetime import date

from events.model import Actor, Article, Event, Evidence, Place
from events.query import Filters
from events.query_timeline import listing, timeline_rows
from events.store import Store

TEXT = {"a1": "Jets struck Raqqa. Then they struck again. Nothing else happened.",
        "a2": "Shelling hit Idlib at dawn. Later a convoy moved north."}
SENTENCES = {"a1": ["Jets struck Raqqa.", "Then they struck again.", "Nothing else happened."],
             "a2": ["Shelling hit Idlib at dawn.", "Later a convoy moved north."]}
PLACE = Place("Raqqa", "الرقة", 35.95, 39.01, country="SY")


def event(article: str, n: int, day: str | None, background: bool = False) -> Event:
    sentence = SENTENCES[article][n]
    start = TEXT[article].index(sentence)
    return Event(article_id=article, event_type="airstrike", event_id=f"{article}:e{n}",
                 date_start=day, date_end=day, location=PLACE,
                 actors=[Actor("Russian Aerospace Forces", role="actor1")],
                 evidence=[Evidence(sentence, start, start + len(sentence))],
                 background=background)


def archive(url: str) -> Store:
    store = Store(url)
    found = {"a1": [event("a1", 0, "2017-05-30"), event("a1", 1, None),
                    event("a1", 2, "1994-04-07", background=True)],
             "a2": [event("a2", 0, "2017-05-28"), event("a2", 1, "2017-07-01")]}
    for article_id, events in found.items():
        store.save(Article(article_id, TEXT[article_id], published=date(2017, 6, 2)), events,
                   "test")
    return store


def test_the_listing_is_the_events_in_view_by_date_undated_last_with_their_sentence(new_db):
    engine = archive(new_db()).engine
    window = Filters(start=date(2017, 5, 1), end=date(2017, 6, 30))
    rows = listing(engine, window)
    assert list(rows["event_id"]) == ["a2:e0", "a1:e0", "a1:e1"]  # history and July left out
    assert list(rows["evidence"]) == ["Shelling hit Idlib at dawn.", "Jets struck Raqqa.",
                                      "Then they struck again."]
    assert list(rows["dated"]) == [True, True, False]


def test_the_listing_keeps_the_first_events_of_the_view_when_it_holds_more(new_db):
    engine = archive(new_db()).engine
    assert list(listing(engine, Filters(), limit=2)["event_id"]) == ["a2:e0", "a1:e0"]
    everything = listing(engine, Filters(include_background=True), limit=10)
    assert list(everything["event_id"]) == ["a1:e2", "a2:e0", "a1:e0", "a2:e1", "a1:e1"]
    assert everything.set_index("event_id").loc["a1:e2", "evidence"] == "Nothing else happened."


def test_timeline_bars_are_drawn_for_the_first_dated_events_only(new_db):
    engine = archive(new_db()).engine
    bars = timeline_rows(engine, Filters(), limit=2)
    assert list(bars["event_id"]) == ["a2:e0", "a1:e0"]  # the undated one has no bar
    assert list(bars["evidence"]) == ["Shelling hit Idlib at dawn.", "Jets struck Raqqa."]
