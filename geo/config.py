"""Geocoding settings from the environment, read once per call of `GeoConfig.from_env`.

Offline is the default: nothing leaves the machine unless ``ATHAR_ONLINE_GEOCODER`` names a
geopy service. Articles are about conflicts; sending their place names to a third party is a
decision an analyst makes, not a default.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

OFF_VALUES = ("", "off", "none", "0", "false", "no")


@dataclass(frozen=True)
class GeoConfig:
    online: str | None = None  # geopy service name (nominatim, photon, …) or None = offline
    user_agent: str = "athar-geocoder"
    domain: str | None = None  # e.g. "127.0.0.1:8080" or a self-hosted Nominatim
    scheme: str | None = None  # "http" / "https"
    timeout: float = 5.0
    min_delay: float = 1.0  # seconds between online calls (Nominatim's usage policy)
    db_url: str | None = None  # where the geocode_cache table lives (the store's database)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> GeoConfig:
        e = os.environ if env is None else env
        online = e.get("ATHAR_ONLINE_GEOCODER", "").strip().lower()
        return cls(
            online=None if online in OFF_VALUES else online,
            user_agent=e.get("ATHAR_GEOCODER_USER_AGENT") or cls.user_agent,
            domain=e.get("ATHAR_GEOCODER_DOMAIN") or None,
            scheme=e.get("ATHAR_GEOCODER_SCHEME") or None,
            timeout=float(e.get("ATHAR_GEOCODER_TIMEOUT") or cls.timeout),
            min_delay=float(e.get("ATHAR_GEOCODER_MIN_DELAY") or cls.min_delay),
            db_url=e.get("ATHAR_DB_URL") or None,
        )
