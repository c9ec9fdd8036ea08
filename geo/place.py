"""`Place`: a resolved place, the value object the gazetteer, the geocoders and events share.

It lives in `geo` so that `geo` stands on its own; `events.model` re-exports it as part of the
event contract (an event's ``location``, ``origin``, ``destination`` and ``via``).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass
class Place:
    """A resolved place. ``geo_precision`` is ACLED's 1-3, ``where_prec`` UCDP's 1-7."""
    name: str
    name_ar: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "populated_place"  # populated_place|governorate|country|river|region|route|capital
    admin1: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    geo_precision: int = 1
    where_prec: int = 1
    gazetteer_id: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Place | None:
        return None if d is None else cls(**{f.name: d.get(f.name) for f in fields(cls)
                                             if f.name in d})
