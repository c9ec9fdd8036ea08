"""Athar's settings: every ``ATHAR_*`` environment variable, read and checked in one place.

`get()` reads the environment once per process and returns a frozen `Settings`; a bad value
is a `SettingsError` with a one-line message at start, never a surprise mid-run. Modules take
what they need from it (the store its URL, the map its tiles, extraction its geocoder and
focus countries) instead of reading ``os.environ`` themselves. Tests build their own with
`Settings.from_env({...})`.

| variable | default | meaning |
|---|---|---|
| ``ATHAR_DB_URL`` | ``sqlite:///data/athar.db`` | SQLAlchemy URL of the store (and geocode cache) |
| ``ATHAR_DB_TIMEOUT`` | ``30`` | seconds a writer waits for a locked database |
| ``ATHAR_TILES`` | ``none`` | basemap: ``none`` (bundled, offline), ``osm`` or ``carto`` |
| ``ATHAR_ONLINE_GEOCODER`` | off | a geopy service (``nominatim``…) for names the gazetteer lacks |
| ``ATHAR_GEOCODER_*`` | | ``USER_AGENT``, ``DOMAIN``, ``SCHEME``, ``TIMEOUT``, ``MIN_DELAY`` |
| ``ATHAR_FOCUS_COUNTRIES`` | none | ISO codes (``SY,IQ``) an article is assumed about when it names no country |
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

ROOT = Path(__file__).resolve().parent
DEFAULT_DB_URL = f"sqlite:///{ROOT / 'data' / 'athar.db'}"
TILES = ("osm", "carto", "none")
OFF = ("", "off", "none", "0", "false", "no")


class SettingsError(ValueError):
    """An ``ATHAR_*`` variable has a value Athar cannot use."""


@dataclass(frozen=True)
class Settings:
    db_url: str = DEFAULT_DB_URL
    db_timeout: float = 30.0
    tiles: str = "none"
    online_geocoder: str | None = None  # geopy service name; None = offline
    geocoder_user_agent: str = "athar-geocoder"
    geocoder_domain: str | None = None  # e.g. a self-hosted Nominatim, "127.0.0.1:8080"
    geocoder_scheme: str | None = None
    geocoder_timeout: float = 5.0
    geocoder_min_delay: float = 1.0  # seconds between online requests (Nominatim's policy)
    focus_countries: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        e = os.environ if env is None else env
        tiles = (e.get("ATHAR_TILES") or "none").strip().casefold()
        if tiles not in TILES:
            raise SettingsError(f"ATHAR_TILES={tiles!r}: expected one of {', '.join(TILES)}")
        online = (e.get("ATHAR_ONLINE_GEOCODER") or "").strip().lower()
        focus = tuple(c.strip().upper() for c in (e.get("ATHAR_FOCUS_COUNTRIES") or "").split(",")
                      if c.strip())
        bad = [c for c in focus if not re.fullmatch(r"[A-Z]{2}", c)]
        if bad:
            raise SettingsError(f"ATHAR_FOCUS_COUNTRIES: {bad[0]!r} is not an ISO country code")
        return cls(
            db_url=e.get("ATHAR_DB_URL") or DEFAULT_DB_URL,
            db_timeout=_seconds(e, "ATHAR_DB_TIMEOUT", cls.db_timeout),
            tiles=tiles,
            online_geocoder=None if online in OFF else online,
            geocoder_user_agent=e.get("ATHAR_GEOCODER_USER_AGENT") or cls.geocoder_user_agent,
            geocoder_domain=e.get("ATHAR_GEOCODER_DOMAIN") or None,
            geocoder_scheme=e.get("ATHAR_GEOCODER_SCHEME") or None,
            geocoder_timeout=_seconds(e, "ATHAR_GEOCODER_TIMEOUT", cls.geocoder_timeout),
            geocoder_min_delay=_seconds(e, "ATHAR_GEOCODER_MIN_DELAY", cls.geocoder_min_delay),
            focus_countries=focus,
        )


def _seconds(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{key}={raw!r}: expected seconds") from None
    if value < 0:
        raise SettingsError(f"{key}={raw!r}: expected seconds >= 0")
    return value


@functools.cache
def get() -> Settings:
    """The process's settings, read from the environment on first use."""
    return Settings.from_env()
