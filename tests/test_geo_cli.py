"""The ``python -m geo`` command line, run as a user would (subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def geo(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("cmd", [[], ["build-gazetteer"], ["lookup"], ["route"],
                                 ["fetch-geonames"], ["bench-newsfane"]])
def test_help_everywhere(cmd):
    r = geo(*cmd, "--help")
    assert r.returncode == 0 and "usage:" in r.stdout


def test_lookup_prints_best_and_alternatives():
    r = geo("lookup", "بالرقة", "--country", "SY")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith("best") and "Raqqa" in lines[0]
    assert any(line.startswith("alt") for line in lines[1:])


def test_lookup_json_and_unknown_name():
    r = geo("lookup", "Palmyra", "--json")
    data = json.loads(r.stdout)
    assert data[0]["name"] == "Tadmur" and data[0]["score"] > 0
    assert geo("lookup", "Nowhereville").returncode == 1


def test_route_prints_length_and_points():
    r = geo("route", "الرقة", "تدمر")
    assert r.returncode == 0 and "167.7 km" in r.stdout
    data = json.loads(geo("route", "Raqqa", "Palmyra", "--json", "-n", "4").stdout)
    assert round(data["length_km"]) == 168 and len(data["points"]) == 5
    assert data["midpoint"]["kind"] == "route"


def test_build_gazetteer_to_another_path_matches_the_bundled_file(tmp_path):
    out = tmp_path / "g.tsv"
    r = geo("build-gazetteer", "--output", str(out))
    assert r.returncode == 0
    assert out.read_bytes() == (ROOT / "data" / "gazetteer" / "gazetteer.tsv").read_bytes()


@pytest.mark.corpus
def test_bench_newsfane_lists_misses_and_false_positives_with_their_context():
    from geo.bench import DEFAULT_NEWSFANE
    if not DEFAULT_NEWSFANE.exists():
        pytest.skip("NewsFANE corpus absent")
    r = geo("bench-newsfane", "--limit", "60", "--seconds", "0.05", "--misses", "2")
    assert r.returncode == 0
    out = r.stdout
    assert "missed (gold class: name | context), first 2:" in out
    assert "false positives (kind: name | context)" in out
    listed = out.split("missed (gold class", 1)[1].splitlines()[1:3]
    assert all(" | " in line for line in listed)
