"""Exports open in standard readers: CSV (ACLED columns), GeoJSON (RFC 7946), KML (TimeSpan)."""
import csv
import io
import json
import xml.etree.ElementTree as ET

from events.export import to_csv, to_geojson, to_kml
from events.model import Actor, Claim, Event, Evidence, Place

RAQQA = Place("Raqqa", "الرقة", 35.9528, 39.0079, "populated_place", "Ar-Raqqah", "SY", 1, 1)
TADMUR = Place("Tadmur", "تدمر", 34.5601, 38.2805, "populated_place", "Homs", "SY", 1, 1)
KML = "{http://www.opengis.net/kml/2.2}"


def events() -> list[Event]:
    move = Event(article_id="a", event_id="a:1", event_type="movement", date_start="2017-05-29",
                 date_end="2017-05-30", date_prec=2, origin=RAQQA, destination=TADMUR,
                 actors=[Actor("Islamic State", "داعش", "actor1", "داعش")],
                 evidence=[Evidence("غادرت 3 قوافل <b>الرقة</b> & تدمر", 0, 30)])
    strike = Event(article_id="a", event_id="a:2", event_type="airstrike", date_start="2017-05-31",
                   date_end="2017-06-01", date_prec=2, time_precision=2, location=RAQQA,
                   actors=[Actor("Russian Aerospace Forces", None, "actor1", "الطيران الروسي"),
                           Actor("Islamic State", None, "actor2", "داعش")],
                   claimant="Russian Ministry of Defence",
                   claims=[Claim("killed", "fighters", "more_than", 80, None, None, "أكثر من 80", 0, 9,
                                 "Russian Ministry of Defence")])
    undated = Event(article_id="a", event_id="a:3", event_type="statement")
    return [move, strike, undated]


def test_csv_has_acled_columns_and_a_lower_bound_stays_a_lower_bound():
    rows = list(csv.DictReader(io.StringIO(to_csv(events()))))
    assert {"event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
            "latitude", "longitude", "geo_precision", "fatalities", "date_prec",
            "where_prec"} <= set(rows[0])
    strike = rows[1]
    assert strike["sub_event_type"] == "Air/drone strike"
    assert strike["event_date"] == "2017-05-31"  # middle of a two-day span
    assert strike["actor1"] == "Russian Aerospace Forces" and strike["actor2"] == "Islamic State"
    assert strike["low"] == "80" and strike["best"] == "" and "80+" in strike["claims"]


def test_geojson_draws_movements_as_lines_lon_first_and_keeps_undated_events():
    fc = json.loads(to_geojson(events()))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3
    move, strike, undated = fc["features"]
    assert move["geometry"] == {"type": "LineString",
                                "coordinates": [[39.0079, 35.9528], [38.2805, 34.5601]]}
    assert strike["geometry"]["type"] == "Point" and strike["geometry"]["coordinates"][0] == 39.0079
    assert undated["geometry"] is None
    assert strike["properties"]["claims"][0]["qualifier"] == "more_than"


def test_kml_parses_with_timespans_and_escapes_article_text():
    root = ET.fromstring(to_kml(events()).encode())
    marks = root.findall(f".//{KML}Placemark")
    assert len(marks) == 3
    span = marks[0].find(f"{KML}TimeSpan")
    assert span.find(f"{KML}begin").text == "2017-05-29" and span.find(f"{KML}end").text == "2017-05-30"
    assert marks[0].find(f"{KML}LineString") is not None
    assert "<b>الرقة</b> & تدمر" in marks[0].find(f"{KML}description").text
