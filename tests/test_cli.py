"""``python -m events`` end to end, as a user runs it, on a real database in a temp dir."""
import csv
import io
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from tests.conftest import ARTICLES, ROOT, SEED, db_dump

SCHEMA = json.loads((ROOT / "schema" / "event.schema.json").read_text())


def test_extract_prints_events_that_follow_the_contract(cli):
    result = cli("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found, "the seed article yields events"
    text = SEED.read_text(encoding="utf-8")
    for ev in found:
        jsonschema.validate(ev, SCHEMA)
        for ev_span in ev["evidence"]:
            assert text[ev_span["start"]:ev_span["end"]] == ev_span["sentence"]
        for claim in ev["claims"]:
            assert text[claim["start"]:claim["end"]] == claim["text"]


def test_extract_flags_override_the_sidecar_metadata(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("قال المرصد السوري إن غارات جوية استهدفت مدينة سراقب أمس.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": "2020-01-10"}', encoding="utf-8")
    dated = [json.loads(cli("extract", str(path), *flags).stdout)
             for flags in ([], ["--published", "2021-03-04"])]
    starts = [{e["date_start"] for e in evs} for evs in dated]
    assert "2020-01-09" in starts[0] and "2021-03-03" in starts[1]


def test_extract_as_a_table_is_one_line_per_event(cli):
    result = cli("extract", str(SEED), "--format", "table")
    assert result.returncode == 0 and len(result.stdout.strip().splitlines()) >= 3


def test_ingesting_twice_changes_nothing(cli, db_url):
    first = cli("ingest", str(ARTICLES), "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "1 new" in first.stdout
    before = db_dump(db_url)
    second = cli("ingest", str(ARTICLES), "--db", db_url)
    assert "0 new, 1 unchanged" in second.stdout
    assert db_dump(db_url) == before


def test_list_shows_articles_and_their_events(cli, db_url):
    cli("ingest", str(SEED), "--db", db_url)
    result = cli("list", "--db", db_url)
    assert SEED.stem in result.stdout and "airstrike" in result.stdout


@pytest.fixture
def ingested(cli, db_url):
    assert cli("ingest", str(ARTICLES), "--db", db_url).returncode == 0
    return db_url


def test_export_csv_parses_with_acled_columns(cli, ingested):
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv", "--db", ingested).stdout)))
    assert rows and {"event_date", "event_type", "sub_event_type", "latitude", "geo_precision"} <= set(rows[0])


def test_export_geojson_is_a_feature_collection_with_a_route_line(cli, ingested, tmp_path):
    out = tmp_path / "events.geojson"
    assert cli("export", "--format", "geojson", "--out", str(out), "--db", ingested).returncode == 0
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    assert any(f["geometry"] and f["geometry"]["type"] == "LineString" for f in fc["features"])
    assert all(isinstance(f["properties"]["claims"], list) for f in fc["features"])  # the contract


def test_export_geojson_flat_gives_acled_columns(cli, ingested, tmp_path):
    out = tmp_path / "events.geojson"
    assert cli("export", "--format", "geojson", "--flat", "--out", str(out),
               "--db", ingested).returncode == 0
    props = json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]
    assert "event_id_cnty" in props and not isinstance(props.get("claims"), list)


def test_export_kml_parses_and_carries_time_spans(cli, ingested):
    root = ET.fromstring(cli("export", "--format", "kml", "--db", ingested).stdout.encode())
    assert root.findall(".//{http://www.opengis.net/kml/2.2}TimeSpan")


@pytest.mark.parametrize("command", ["extract", "ingest", "list", "export", "bench"])
def test_every_command_has_help(cli, command):
    result = cli(command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout
