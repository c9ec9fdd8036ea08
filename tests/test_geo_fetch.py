"""fetch-geonames, offline: a local HTTP server serves a small zip in GeoNames' dump format."""
from __future__ import annotations

import io
import subprocess
import sys
import threading
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from geo.exc import FetchError
from geo.fetch import fetch_country
from geo.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
# geonameid name asciiname alternatenames lat lon class code cc cc2 admin1 admin2 admin3
# admin4 population elevation dem timezone modified
ROWS = [
    "9990001\tTall Hamis\tTall Hamis\tTell Hamis,تل حميس\t36.6500\t41.4200\tP\tPPL\tSY\t\t01"
    "\t\t\t\t3000\t\t350\tAsia/Damascus\t2020-01-01",
    "9990002\tKhirbat Test\tKhirbat Test\tخربة التجربة\t35.1000\t38.1000\tP\tPPL\tSY\t\t04"
    "\t\t\t\t0\t\t300\tAsia/Damascus\t2020-01-01",
    "9990003\tNo Arabic\tNo Arabic\tNo Arabic\t35.0\t38.0\tP\tPPL\tSY\t\t04\t\t\t\t10\t\t1"
    "\tAsia/Damascus\t2020-01-01",
    "9990004\tJabal Test\tJabal Test\tجبل التجربة\t35.0\t38.0\tT\tMT\tSY\t\t04\t\t\t\t0\t\t1"
    "\tAsia/Damascus\t2020-01-01",
]


@pytest.fixture()
def server(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("SY.txt", "\n".join(ROWS) + "\n")
        zf.writestr("readme.txt", "test dump")
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "SY.zip").write_bytes(buf.getvalue())
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path / "www"))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_fetch_writes_populated_places_with_arabic_names(server, tmp_path):
    out = fetch_country("sy", base_url=server, dest=tmp_path / "ext")
    text = out.read_text(encoding="utf-8")
    assert out.name == "SY.tsv"
    assert "gn:9990001" in text and "gn:9990002" in text
    assert "gn:9990003" not in text  # no Arabic name
    assert "gn:9990004" not in text  # a mountain, not a populated place


def test_gazetteer_loads_the_extension(server, tmp_path):
    fetch_country("SY", base_url=server, dest=tmp_path / "ext")
    g = Gazetteer(extension_dir=tmp_path / "ext")
    best = g.lookup("بخربة التجربة")[0].place
    assert (best.gazetteer_id, best.country, best.admin1) == ("gn:9990002", "SY", "Raqqa")
    assert g.lookup("الرقة")[0].place.gazetteer_id == "gn:172955"  # bundled data still there
    assert Gazetteer(extension_dir=None).lookup("خربة التجربة") == []


def test_fetch_error_is_a_geo_error(tmp_path):
    with pytest.raises(FetchError):
        fetch_country("SY", base_url="http://127.0.0.1:9", dest=tmp_path)


def test_cli_fetch_geonames(server, tmp_path):
    r = subprocess.run([sys.executable, "-m", "geo", "fetch-geonames", "SY", "--base-url",
                        server, "--dest", str(tmp_path)],
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "SY.tsv").exists()
