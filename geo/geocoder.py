"""Geocoders: one small interface, an offline backend, an optional online one, and a chain.

Shaped like geopy: a backend is an object with ``geocode(query, country=None)``; rate limiting
is a wrapper (`geopy.extra.rate_limiter.RateLimiter`), not a feature of each backend; errors are
in `geo.exc`. The chain asks its backends in order, caches online answers persistently
(`geo.cache`) and never lets a network failure escape: it logs and falls back, because a
missing coordinate must not stop extraction of an event.
"""
from __future__ import annotations

import inspect
import logging
from typing import Any, Protocol, Sequence, runtime_checkable

import geopy
import geopy.exc
from geopy.extra.rate_limiter import RateLimiter

from geo.place import Place
from geo.cache import MISSING, GeocodeCache
from geo.config import GeoConfig
from geo.exc import GeocoderConfigError, GeocoderUnavailable, GeoError
from geo.gazetteer import Gazetteer

log = logging.getLogger(__name__)

# Nominatim ``addresstype`` -> (kind, ACLED geo_precision, UCDP where_prec).
_ADDRESSTYPES: dict[str, tuple[str, int, int]] = {
    "city": ("populated_place", 1, 1), "town": ("populated_place", 1, 1),
    "village": ("populated_place", 1, 1), "hamlet": ("populated_place", 1, 1),
    "suburb": ("populated_place", 1, 1), "neighbourhood": ("populated_place", 1, 1),
    "state": ("governorate", 3, 4), "province": ("governorate", 3, 4),
    "county": ("region", 3, 3), "district": ("region", 3, 3),
    "country": ("country", 3, 6), "river": ("river", 3, 5), "water": ("river", 3, 5),
}


@runtime_checkable
class Geocoder(Protocol):
    """Anything that turns a place name into a `Place` (or None when it does not know it)."""
    name: str
    cacheable: bool

    def geocode(self, query: str, country: str | None = None) -> Place | None: ...


class GazetteerGeocoder:
    """Offline: the bundled gazetteer's best candidate. Never fails, never cached (fast)."""
    name = "gazetteer"
    cacheable = False

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()

    def geocode(self, query: str, country: str | None = None) -> Place | None:
        return self.gazetteer.best(query, country=country)


class OnlineGeocoder:
    """Any geopy geocoder, by service name (Nominatim by default), rate-limited.

    Raises `GeocoderUnavailable` for timeouts, HTTP 429/5xx and unreachable servers; the
    chain turns that into a fallback.
    """
    cacheable = True

    def __init__(self, service: str = "nominatim", *, user_agent: str = "athar-geocoder",
                 domain: str | None = None, scheme: str | None = None, timeout: float = 5.0,
                 min_delay: float = 1.0, **kwargs: Any) -> None:
        try:
            cls = geopy.get_geocoder_for_service(service)
        except geopy.exc.GeocoderNotFound as e:
            raise GeocoderConfigError(f"unknown geopy service {service!r}") from e
        params = inspect.signature(cls.__init__).parameters
        kw: dict[str, Any] = {"timeout": timeout, **kwargs}
        for key, value in (("user_agent", user_agent), ("domain", domain), ("scheme", scheme)):
            if value is not None and key in params:
                kw[key] = value
        self.name = f"online:{service}" + (f"@{domain}" if domain else "")
        self.service = service
        self.geocoder = cls(**kw)
        self._country_kw = "country_codes" if "country_codes" in inspect.signature(
            self.geocoder.geocode).parameters else None
        # No retries inside: the chain's fallback is the retry policy, and a retry loop with
        # waits would stall ingestion for seconds per unknown name.
        self._geocode = RateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay,
                                    max_retries=0, swallow_exceptions=False)

    def geocode(self, query: str, country: str | None = None) -> Place | None:
        kw: dict[str, Any] = {"exactly_one": True}
        if country and self._country_kw:
            kw[self._country_kw] = country.lower()
        try:
            loc = self._geocode(query, **kw)
        except (geopy.exc.GeocoderServiceError, geopy.exc.GeopyError,
                TypeError, ValueError, KeyError) as e:  # an answer geopy cannot read, too
            raise GeocoderUnavailable(f"{self.name}: {type(e).__name__}: {e}") from e
        if loc is None:
            return None
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        kind, gp, wp = _ADDRESSTYPES.get(str(raw.get("addresstype") or raw.get("type") or ""),
                                         ("populated_place", 2, 2))
        name = raw.get("name") or (loc.address or query).split(",")[0].strip()
        address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
        cc = address.get("country_code") or country
        return Place(name=name, name_ar=query if _has_arabic(query) else None,
                     lat=float(loc.latitude), lon=float(loc.longitude), kind=kind,
                     country=cc.upper() if cc else None,
                     geo_precision=gp, where_prec=wp,
                     gazetteer_id=f"{self.service}:{raw.get('osm_type', '')}"
                                  f"{raw.get('osm_id', raw.get('place_id', ''))}")


class GeocoderChain:
    """Ask backends in order; first answer wins. Failures are logged, never raised.

    Online answers (hits and misses) are stored in ``cache`` and never asked again.
    """
    name = "chain"
    cacheable = False

    def __init__(self, backends: Sequence[Geocoder], cache: GeocodeCache | None = None) -> None:
        self.backends = list(backends)
        self.cache = cache

    def geocode(self, query: str, country: str | None = None) -> Place | None:
        for backend in self.backends:
            use_cache = self.cache is not None and backend.cacheable
            if use_cache:
                cached = self.cache.get(backend.name, query, country)  # type: ignore[union-attr]
                if cached is not MISSING:
                    if cached is not None:
                        return cached  # type: ignore[return-value]
                    continue
            try:
                place = backend.geocode(query, country)
            except (GeoError, geopy.exc.GeopyError, OSError) as e:
                log.warning("geocoder %s failed for %r (%s); falling back", backend.name,
                            query, e)
                continue
            if use_cache:
                self.cache.put(backend.name, query, country, place)  # type: ignore[union-attr]
            if place is not None:
                return place
        return None


def build_geocoder(config: GeoConfig | None = None, db_url: str | None = None,
                   gazetteer: Gazetteer | None = None) -> GeocoderChain:
    """The chain the app uses: [gazetteer, online (if ``ATHAR_ONLINE_GEOCODER`` is set)].

    The bundled gazetteer answers first (offline, microseconds); an online geocoder is only a
    fallback for names it does not know, so public services see few, cached, rate-limited
    requests. The cache lives in ``db_url`` (or ``ATHAR_DB_URL``).
    """
    cfg = config or GeoConfig.from_env()
    backends: list[Geocoder] = [GazetteerGeocoder(gazetteer)]
    if cfg.online:
        backends.append(OnlineGeocoder(cfg.online, user_agent=cfg.user_agent, domain=cfg.domain,
                                       scheme=cfg.scheme, timeout=cfg.timeout,
                                       min_delay=cfg.min_delay))
    url = db_url or cfg.db_url
    return GeocoderChain(backends, GeocodeCache(url) if url and cfg.online else None)


def _has_arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in s)
