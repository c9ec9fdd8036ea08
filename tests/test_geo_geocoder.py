"""The geocoder chain: offline by default, the real geopy Nominatim client against a local stub,
fallback to the gazetteer on 429/503/unreachable, and a persistent cache (no second request)."""
from __future__ import annotations

import logging

import pytest

from geo.cache import GeocodeCache
from geo.config import GeoConfig
from geo.exc import GeocoderConfigError, GeocoderUnavailable
from geo.geocoder import (GazetteerGeocoder, GeocoderChain, OnlineGeocoder, build_geocoder)
from tests.json_stub import JsonHandler, serving

KOBANI = [{"place_id": 1, "osm_type": "relation", "osm_id": 42, "lat": "36.8909",
           "lon": "38.3536", "name": "Kobanî", "addresstype": "town",
           "display_name": "Kobanî, Aleppo Governorate, Syria",
           "address": {"country_code": "sy"}}]


class Stub(JsonHandler):
    """Speaks Nominatim's /search?format=json; the query picks the behaviour."""
    requests: list[str] = []

    def reply(self, query: dict[str, list[str]]) -> tuple[int, object]:
        name = query.get("q", [""])[0]
        Stub.requests.append(name)
        return {"rate-limited": (429, {"error": "too many"}), "broken": (503, {"error": "unavailable"}),
                "nowhere": (200, [])}.get(name, (200, KOBANI))


@pytest.fixture()
def stub():
    Stub.requests = []
    with serving(Stub) as host:
        yield host


def online(domain: str) -> OnlineGeocoder:
    return OnlineGeocoder("nominatim", domain=domain, scheme="http", timeout=2, min_delay=0)


def test_offline_by_default_when_env_unset():
    chain = build_geocoder(GeoConfig.from_env({}))
    assert [b.name for b in chain.backends] == ["gazetteer"]
    assert chain.geocode("تدمر").gazetteer_id == "gn:163808"


def test_config_reads_env():
    cfg = GeoConfig.from_env({"ATHAR_ONLINE_GEOCODER": "Nominatim",
                              "ATHAR_GEOCODER_DOMAIN": "127.0.0.1:1",
                              "ATHAR_GEOCODER_SCHEME": "http", "ATHAR_GEOCODER_TIMEOUT": "3",
                              "ATHAR_GEOCODER_USER_AGENT": "test-agent"})
    assert (cfg.online, cfg.domain, cfg.scheme, cfg.timeout, cfg.user_agent) == (
        "nominatim", "127.0.0.1:1", "http", 3.0, "test-agent")
    assert GeoConfig.from_env({"ATHAR_ONLINE_GEOCODER": "off"}).online is None


def test_unknown_service_is_a_config_error():
    with pytest.raises(GeocoderConfigError):
        OnlineGeocoder("no-such-geocoder")


def test_real_nominatim_client_against_local_stub(stub):
    place = online(stub).geocode("عين العرب", country="SY")
    assert place.name == "Kobanî" and place.country == "SY"
    assert (place.lat, place.lon) == pytest.approx((36.8909, 38.3536))
    assert (place.kind, place.geo_precision, place.where_prec) == ("populated_place", 1, 1)


@pytest.mark.parametrize("query", ["rate-limited", "broken"])
def test_single_online_backend_raises_geocoder_unavailable(stub, query):
    with pytest.raises(GeocoderUnavailable):
        online(stub).geocode(query)


def test_429_and_503_fall_back_to_gazetteer_and_are_logged(stub, caplog, tmp_path):
    from geo.gazetteer import Gazetteer

    class Fixed(GazetteerGeocoder):
        def geocode(self, query, country=None):  # the gazetteer's answer for Tadmur
            return Gazetteer.default().best("تدمر")

    chain = GeocoderChain([online(stub), Fixed()], GeocodeCache(f"sqlite:///{tmp_path}/a.db"))
    with caplog.at_level(logging.WARNING, logger="geo.geocoder"):
        assert chain.geocode("rate-limited").name == "Tadmur"
        assert chain.geocode("broken").name == "Tadmur"
    assert "falling back" in caplog.text
    assert len(chain.cache) == 0  # failures are not cached: ask again later


def test_unreachable_server_falls_back(tmp_path):
    chain = GeocoderChain([online("127.0.0.1:9"), GazetteerGeocoder()])
    assert chain.geocode("الرقة").gazetteer_id == "gn:172955"


def test_cache_means_a_name_is_never_asked_twice(stub, tmp_path):
    url = f"sqlite:///{tmp_path}/athar.db"
    chain = GeocoderChain([online(stub), GazetteerGeocoder()], GeocodeCache(url))
    first = chain.geocode("عين العرب", country="SY")
    assert Stub.requests == ["عين العرب"]
    # A new chain on the same database (a new process) still does not ask.
    again = GeocoderChain([online(stub), GazetteerGeocoder()], GeocodeCache(url))
    assert again.geocode("عين العرب", country="SY") == first
    assert Stub.requests == ["عين العرب"]


def test_cached_miss_falls_through_without_asking(stub, tmp_path):
    chain = GeocoderChain([online(stub), GazetteerGeocoder()],
                          GeocodeCache(f"sqlite:///{tmp_path}/a.db"))
    assert chain.geocode("nowhere") is None
    assert chain.geocode("nowhere") is None
    assert Stub.requests == ["nowhere"]


def test_build_geocoder_with_online_env_asks_online_only_for_unknown_names_and_caches(stub, tmp_path):
    cfg = GeoConfig.from_env({"ATHAR_ONLINE_GEOCODER": "nominatim",
                              "ATHAR_GEOCODER_DOMAIN": stub, "ATHAR_GEOCODER_SCHEME": "http",
                              "ATHAR_GEOCODER_MIN_DELAY": "0",
                              "ATHAR_DB_URL": f"sqlite:///{tmp_path}/athar.db"})
    chain = build_geocoder(cfg)
    assert [b.name.split("@")[0] for b in chain.backends] == ["gazetteer", "online:nominatim"]
    assert chain.geocode("تدمر").gazetteer_id == "gn:163808"
    assert chain.geocode("Kharab Ishk Unlisted").name == "Kobanî"
    assert chain.geocode("Kharab Ishk Unlisted").name == "Kobanî"
    assert Stub.requests == ["Kharab Ishk Unlisted"]
