"""ATHAR_ONLINE_GEOCODER in extraction and ingest: a cued name the gazetteer lacks is asked of
the online geocoder (here a local Nominatim stub) once, cached in the store's database; off,
nothing is asked. Settings are read from one object and a bad value is a one-line error."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from events.extract.doc import Doc
from events.extract.pipeline import annotate
from events.extract.place_online import find_online_places
from settings import Settings, SettingsError
from tests.json_stub import JsonHandler, serving

ROOT = Path(__file__).resolve().parent.parent
HAMLET = [{"place_id": 7, "osm_type": "node", "osm_id": 77, "lat": "35.2000", "lon": "36.9000",
           "name": "Khirbat al-Test", "addresstype": "village",
           "display_name": "Khirbat al-Test, Hama Governorate, Syria",
           "address": {"country_code": "sy"}}]
TEXT = "قصفت طائرات النظام قرية زنبقونة في ريف حماة، ما أدى إلى مقتل خمسة مدنيين."


class Nominatim(JsonHandler):
    asked: list[tuple[str, str]] = []

    def reply(self, query: dict[str, list[str]]) -> tuple[int, object]:
        Nominatim.asked.append((query.get("q", [""])[0], query.get("countrycodes", [""])[0]))
        return 200, HAMLET


@pytest.fixture()
def nominatim():
    Nominatim.asked = []
    with serving(Nominatim) as host:
        yield host


def online(domain: str, db: Path) -> Settings:
    return Settings.from_env({"ATHAR_ONLINE_GEOCODER": "nominatim", "ATHAR_GEOCODER_DOMAIN": domain,
                              "ATHAR_GEOCODER_SCHEME": "http", "ATHAR_GEOCODER_MIN_DELAY": "0",
                              "ATHAR_DB_URL": f"sqlite:///{db}"})


def test_a_cued_unknown_village_is_asked_with_the_article_country(nominatim, tmp_path):
    doc = annotate(TEXT, upto="place_context")
    assert "زنبقونة" not in [m.text for m in doc.places]
    find_online_places(doc, online(nominatim, tmp_path / "a.db"))
    hit = next(m for m in doc.places if m.text == "زنبقونة")
    assert hit.place.name == "Khirbat al-Test" and hit.cue == "village"
    assert Nominatim.asked == [("زنبقونة", "sy")]  # the focus country (Hama) goes along


def test_an_answer_is_cached_in_the_database_never_asked_twice(nominatim, tmp_path):
    for _ in range(2):
        doc = annotate(TEXT, upto="place_context")
        find_online_places(doc, online(nominatim, tmp_path / "a.db"))
    assert len(Nominatim.asked) == 1
    assert sqlite3.connect(tmp_path / "a.db").execute(
        "select count(*) from geocode_cache").fetchone() == (1,)


def test_offline_by_default_nothing_is_asked(nominatim):
    doc = annotate(TEXT, upto="place_context")
    before = list(doc.places)
    find_online_places(doc, Settings.from_env({}))
    assert doc.places == before and Nominatim.asked == []


def test_known_names_and_actors_are_not_asked(nominatim, tmp_path):
    doc = Doc("سيطرت قوات النظام على مدينة تدمر")
    doc = annotate(doc.text, upto="place_context")
    find_online_places(doc, online(nominatim, tmp_path / "a.db"))
    assert Nominatim.asked == []


def test_ingest_uses_the_online_geocoder_when_set(nominatim, tmp_path):
    art = tmp_path / "arts"
    art.mkdir()
    (art / "a1.txt").write_text(TEXT, encoding="utf-8")
    (art / "a1.json").write_text(json.dumps({"published": "2015-08-01", "language": "ar"}),
                                 encoding="utf-8")
    db = tmp_path / "athar.db"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "ATHAR_TILES": "none",
           "ATHAR_DB_URL": f"sqlite:///{db}", "ATHAR_ONLINE_GEOCODER": "nominatim",
           "ATHAR_GEOCODER_DOMAIN": nominatim, "ATHAR_GEOCODER_SCHEME": "http",
           "ATHAR_GEOCODER_MIN_DELAY": "0"}
    r = subprocess.run([sys.executable, "-m", "events", "ingest", str(art)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert ("زنبقونة", "sy") in Nominatim.asked
    rows = sqlite3.connect(db).execute("select count(*) from geocode_cache").fetchone()
    assert rows == (1,)


@pytest.mark.parametrize("env,message", [
    ({"ATHAR_TILES": "google"}, "ATHAR_TILES='google'"),
    ({"ATHAR_GEOCODER_TIMEOUT": "soon"}, "ATHAR_GEOCODER_TIMEOUT='soon'"),
    ({"ATHAR_FOCUS_COUNTRIES": "SY,Syria"}, "'SYRIA' is not an ISO country code"),
])
def test_a_bad_setting_is_a_one_line_error(env, message):
    with pytest.raises(SettingsError, match=message) as e:
        Settings.from_env(env)
    assert "\n" not in str(e.value)


def test_settings_defaults_are_offline():
    s = Settings.from_env({})
    assert (s.online_geocoder, s.tiles, s.focus_countries) == (None, "none", ())
    assert s.db_url.startswith("sqlite:///") and s.db_url.endswith("data/athar.db")
    assert Settings.from_env({"ATHAR_ONLINE_GEOCODER": "off"}).online_geocoder is None
    assert Settings.from_env({"ATHAR_FOCUS_COUNTRIES": "ye, sy"}).focus_countries == ("YE", "SY")
