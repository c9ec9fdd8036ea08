"""Geocoding settings, taken from Athar's one settings object (`settings.Settings`).

Offline is the default: nothing leaves the machine unless ``ATHAR_ONLINE_GEOCODER`` names a
geopy service. Articles are about conflicts; sending their place names to a third party is a
decision an analyst makes, not a default.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from settings import Settings, get


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
    def from_settings(cls, s: Settings) -> GeoConfig:
        return cls(online=s.online_geocoder, user_agent=s.geocoder_user_agent,
                   domain=s.geocoder_domain, scheme=s.geocoder_scheme,
                   timeout=s.geocoder_timeout, min_delay=s.geocoder_min_delay, db_url=s.db_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> GeoConfig:
        """From an explicit environment (tests), else from the process's settings."""
        return cls.from_settings(get() if env is None else Settings.from_env(env))
