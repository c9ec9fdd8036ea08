"""The store's tables, their indexes, and the path from every older schema to this one.

``schema_info.version`` says which schema a database has. A database made by an older Athar is
upgraded when a `Store` opens it, one step per version (``events.migrations``), in one write
transaction: it is either wholly upgraded or left as it was. A database from a *newer* Athar is
refused with a one-line error rather than written with the wrong columns.

Every dashboard filter has an index (date interval, type, modality, precision, country,
background, actors and claimants by name); totals read claims with their event's columns through
``claims.event_id``.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Date, Float, ForeignKey, Index, Integer, MetaData, String,
                        Table, Text, true)

SCHEMA_VERSION = 9

metadata = MetaData()


def _event_ref() -> Column:
    return Column("event_id", String(240), ForeignKey("events.event_id", ondelete="CASCADE"),
                  nullable=False, index=True)


schema_info = Table(
    "schema_info", metadata,
    Column("version", Integer, nullable=False),
)
articles = Table(
    "articles", metadata,
    Column("article_id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False, default=""),
    Column("outlet", Text, nullable=False, default=""),
    Column("url", Text),
    Column("published", Date),
    Column("published_is_estimate", Boolean, nullable=False, default=False),
    Column("language", String(8), nullable=False),
    Column("notes", Text, nullable=False, default=""),
    Column("path", Text),
    Column("text", Text, nullable=False),
    Column("extractor_version", String(64), nullable=False),
    Column("ingested_at", String(32), nullable=False),
)
# v5: every rerun of the dashboard asks when the last article was stored (its cache key,
# pages/_data.fingerprint): an index lookup, not a scan of every article's text
Index("ix_articles_ingested_at", articles.c.ingested_at)
events = Table(
    "events", metadata,
    Column("event_id", String(240), primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.article_id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("event_type", String(32), nullable=False, index=True),
    Column("modality", String(16), nullable=False, index=True),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_prec", Integer),
    Column("claimant", Text),
    Column("confidence", Float, nullable=False),
    Column("json", Text, nullable=False),  # compact: see events.flat
    # v2: what the dashboard filters, draws and sums, flat and indexed (events.flat)
    Column("background", Boolean),  # history mentioned in passing (ix_events_view)
    Column("first_day", Date),  # date_start, else date_end; NULL when undated
    Column("last_day", Date),  # date_end, else date_start (NULL together with first_day)
    Column("actor1", Text),
    Column("place", Text),  # where it is drawn (events.flat.event_point)
    Column("lat", Float), Column("lon", Float),
    Column("precision", Integer, index=True),  # ACLED geo_precision; 4 = no place
    Column("country", String(8), index=True),  # ISO alpha-2 (upper case) of that place
    Column("is_route", Boolean),
    Column("ev_start", Integer), Column("ev_end", Integer),  # first evidence, in article text
    # v3: the incident the event reports (events.incidents, events.linking): reports of one
    # incident are shown side by side and never summed; every event has one (often alone)
    Column("incident_id", String(40), index=True),
    Column("link_score", Float),  # how well it matched the incident's core when it joined
    Column("link_reasons", Text),  # why ("; "-joined)
    Column("link_manual", Boolean),  # an analyst put it there: the automatic step keeps it
    # v8: the event carries claims (written with its claims: events.store_rows.table_rows)
    Column("claimed", Boolean),
)
# The date window: "last_day >= start AND first_day <= end" is a range on last_day, checked in
# the index itself (one index only: with one per column, SQLite would pick first_day and scan
# the whole past for the latest window); undated events are "last_day IS NULL".
Index("ix_events_days", events.c.last_day, events.c.first_day)
# v5: current events by day *with every column the views read* (filters, counts, rows, claims'
# grouping, map points): a view is read from this index alone, never from the table's rows,
# which hold the JSON and lie in ingest order, so a 90-day window touched a page per event. It
# replaces v4's ix_events_current (background, last_day, first_day), its first columns.
VIEW_COLUMNS = ("background", "last_day", "first_day", "event_type", "modality", "precision",
                "country", "lat", "lon", "incident_id", "article_id", "event_id", "place",
                "actor1", "is_route", "confidence")
Index("ix_events_view", *(events.c[name] for name in VIEW_COLUMNS))
# v8: the events in view *that carry claims*, with every column the filters and the claims'
# grouping read: the Losses page and the header's killed figure read ~40% of the events in view
# from here instead of looking up every event's claims (at 1M events a 90-day view holds ~34,000
# events, ~20,000 of them without a claim)
# (the flag itself last: without it SQLite reads each event's row to check the index's WHERE)
CLAIMED_COLUMNS = ("background", "last_day", "first_day", "event_type", "modality", "precision",
                   "country", "lat", "lon", "incident_id", "article_id", "event_id", "place",
                   "claimed")
Index("ix_events_claimed", *(events.c[name] for name in CLAIMED_COLUMNS),
      sqlite_where=events.c.claimed == true(), postgresql_where=events.c.claimed == true())
# v6: with background, so the base map's framing and a whole-archive map group every point from
# this index alone (v4's (lat, lon) read a million rows for the flag: 5.6 s at 1M, now 0.2 s CPU)
Index("ix_events_point", events.c.lat, events.c.lon, events.c.background)
incidents = Table(  # v3: one real incident, reported by one or more events (its members)
    "incidents", metadata,
    Column("incident_id", String(40), primary_key=True),
    Column("family", String(32), nullable=False),  # events.incidents.FAMILIES
    Column("event_type", String(32), nullable=False),  # its first report's
    Column("planned", Boolean, nullable=False),
    Column("first_day", Date), Column("last_day", Date),  # the tightest interval
    Column("span_first", Date), Column("span_last", Date),  # the union: its uncertainty
    Column("place", Text), Column("place_key", Text),  # the most precise place of its reports
    Column("lat", Float), Column("lon", Float),
    Column("kind", String(32)), Column("admin1", Text), Column("country", String(8)),
    Column("precision", Integer), Column("route_ends", Text),
    Column("actor1", Text), Column("actors", Text),  # actors: JSON list
    Column("linkable", Boolean, nullable=False),  # undated, placeless, history: alone
    Column("events", Integer, nullable=False), Column("reports", Integer, nullable=False),
    Column("manual", Boolean, nullable=False, default=False),  # merged or split by hand
)
Index("ix_incidents_candidates", incidents.c.family, incidents.c.country, incidents.c.last_day,
      incidents.c.first_day)
# v7: an incident by id with what the views read of it (the timeline counts incidents per day
# and type, the Losses page lists them by date): one lookup in this index, not one in the key's
# index and another in the table, for each of ~33,000 incidents in a 1M archive's 90-day view
Index("ix_incidents_view", *(incidents.c[name] for name in (
    "incident_id", "first_day", "last_day", "event_type", "place", "reports")))
claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _event_ref(),
    Column("category", String(32), nullable=False),
    Column("who", String(16), nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("low", Integer), Column("best", Integer), Column("high", Integer),
    Column("claimant", Text),  # the claim's, else its event's
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    # v2: the claim as a range (events.flat.claim_range); hi NULL = open ("80+")
    Column("lo", Integer), Column("hi", Integer), Column("approx", Boolean),
)
# v5: the claims of the events in view are grouped from this index alone (by event, with every
# column the losses rules read)
Index("ix_claims_view", *(claims.c[name] for name in (
    "event_id", "category", "who", "qualifier", "low", "best", "high", "claimant", "lo", "hi",
    "approx", "id")))
actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _event_ref(),
    Column("name", Text, nullable=False),
    Column("name_ar", Text),
    Column("role", String(16), nullable=False),
    Column("text", Text, nullable=False),
    # v9: its event's days and history flag, copied when the event is written
    # (events.store_rows.table_rows: nothing else writes either), for ix_actors_view
    Column("background", Boolean), Column("last_day", Date), Column("first_day", Date),
)
# v9: an actor's events in a date window, read from one index range. The actor filter asked,
# for each event in view, whether it names the actor (ix_actors_event_name: ~7 µs a lookup into
# two million rows, 34,000 at 1M events in a 90-day view: ~240 ms of every query with an actor);
# now the actor's few thousand events in the window are listed first and each event in view is
# checked against that list in memory (events.query._named).
Index("ix_actors_view", actors.c.name, actors.c.background, actors.c.last_day,
      actors.c.first_day, actors.c.event_id)
# v4: the actor filter finds events by name; the filter's labels (name -> Arabic name) are read
# from this index alone
Index("ix_actors_name_ar", actors.c.name, actors.c.name_ar)
# v5: "has this event one of these actors?", asked of each event in view (the date window
# drives; reading every event of an actor across the archive first was slower at 1M)
Index("ix_actors_event_name", actors.c.event_id, actors.c.name)
claimants = Table(  # v2: who claims something in an event, one name a row (for the filter)
    "claimants", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _event_ref(),
    Column("name", Text, nullable=False, index=True),
)
Index("ix_claimants_event_name", claimants.c.event_id, claimants.c.name)  # v5, as for actors
places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _event_ref(),
    Column("role", String(16), nullable=False),  # location|origin|destination|via
    Column("name", Text, nullable=False),
    Column("name_ar", Text),
    Column("lat", Float), Column("lon", Float),
    Column("kind", String(32)),
    Column("admin1", Text), Column("country", String(8)),
    Column("geo_precision", Integer), Column("where_prec", Integer),
    Column("gazetteer_id", Text),
)

# SQLite: full-text search over articles (the Sources page), kept in step by triggers so any
# writer updates it; rows are found by the article's rowid (checked against its id, as a VACUUM
# may renumber rowids). Other databases search with LIKE (events.query_sources).
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts (rowid, article_id, title, text) "
    "VALUES (new.rowid, new.article_id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE rowid = old.rowid AND article_id = old.article_id; END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF article_id, title, text "
    "ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.article_id; "
    "INSERT INTO articles_fts (rowid, article_id, title, text) "
    "VALUES (new.rowid, new.article_id, new.title, new.text); END",
]
