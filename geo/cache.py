"""Persistent geocode cache: one row per (backend, query, country), in the store's database.

The table lives on its own `MetaData` so the store's migrations never need to know about it;
it is created on first use. A miss (no place found) is cached too, so a name is never asked
twice — online services rate-limit and some forbid repeated queries.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict

from sqlalchemy import (Column, Engine, Float, MetaData, String, Table, Text, create_engine,
                        select)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from geo.place import Place

metadata = MetaData()
geocode_cache = Table(
    "geocode_cache", metadata,
    Column("backend", String(64), primary_key=True),
    Column("query", String(512), primary_key=True),
    Column("country", String(8), primary_key=True),  # "" when none
    Column("place", Text, nullable=True),  # Place as JSON; NULL = nothing found
    Column("created", Float, nullable=False),
)

_MISSING = object()


class GeocodeCache:
    """get/put of Places by (backend, query, country). Thread-safe through SQLAlchemy."""

    def __init__(self, url_or_engine: str | Engine) -> None:
        self.engine = (create_engine(url_or_engine) if isinstance(url_or_engine, str)
                       else url_or_engine)
        metadata.create_all(self.engine, tables=[geocode_cache], checkfirst=True)

    def get(self, backend: str, query: str, country: str | None) -> Place | None | object:
        """The cached Place, None for a cached miss, or `MISSING` when never asked."""
        t = geocode_cache
        with self.engine.connect() as conn:
            row = conn.execute(select(t.c.place).where(
                t.c.backend == backend, t.c.query == query, t.c.country == (country or "")
            )).first()
        if row is None:
            return _MISSING
        return None if row.place is None else Place.from_dict(json.loads(row.place))

    def put(self, backend: str, query: str, country: str | None, place: Place | None) -> None:
        values = {"backend": backend, "query": query, "country": country or "",
                  "place": None if place is None else json.dumps(asdict(place),
                                                                 ensure_ascii=False),
                  "created": time.time()}
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "sqlite":
                stmt = sqlite_insert(geocode_cache).values(**values)
                conn.execute(stmt.on_conflict_do_update(
                    index_elements=["backend", "query", "country"],
                    set_={"place": stmt.excluded.place, "created": stmt.excluded.created}))
            else:  # portable path: delete then insert inside one transaction
                t = geocode_cache
                conn.execute(t.delete().where(t.c.backend == backend, t.c.query == query,
                                              t.c.country == (country or "")))
                conn.execute(t.insert().values(**values))

    def __len__(self) -> int:
        from sqlalchemy import func
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(geocode_cache)).scalar())


MISSING = _MISSING
