"""``python -m geo fetch-geonames SY IQ …``: a local, git-ignored extension of the gazetteer.

The bundled gazetteer keeps Syria's places with population ≥ 500; villages below that, and
neighbours' small towns, come from GeoNames' per-country dumps (``<base>/<CC>.zip``, CC BY 4.0).
Only populated places (feature class P) with an Arabic name are kept — an Arabic article cannot
name the others — and written as ``data/gazetteer/extension/<CC>.tsv`` in the bundled format,
which `Gazetteer` loads when present (bundled rows win on the same id).
"""
from __future__ import annotations

import csv
import io
import logging
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Iterable

from geo.build import admin1_namer
from geo.tsv import is_arabic_name, is_latin_name, make_row, render
from geo.exc import FetchError
from geo.gazetteer import EXTENSION_DIR

log = logging.getLogger(__name__)
DEFAULT_BASE_URL = "https://download.geonames.org/export/dump"
USER_AGENT = "athar-gazetteer-fetch"


def parse_geonames(text: str, country: str) -> list[dict[str, str]]:
    """Rows of GeoNames' tab-separated dump -> gazetteer rows (feature class P, Arabic name)."""
    admin1_name = admin1_namer()
    rows = []
    for rec in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(rec) < 15 or rec[6] != "P":
            continue
        alternates = [a for a in rec[3].split(",") if a]
        ar = [a for a in alternates if is_arabic_name(a)]
        if not ar:
            continue
        la = [n for n in (rec[1], rec[2], *alternates) if is_latin_name(n)]
        cc = rec[8] or country
        rows.append(make_row(
            id=f"gn:{rec[0]}", kind="capital" if rec[7] == "PPLC" else "populated_place",
            name=rec[1], name_ar=next((a for a in ar if a.startswith("ال")), ar[0]),
            lat=float(rec[4]), lon=float(rec[5]), country=cc,
            admin1=admin1_name(cc, rec[10]), population=int(rec[14] or 0),
            geo_precision=1, where_prec=1, names=[*ar, *la]))
    return sorted(rows, key=lambda r: r["id"])


def fetch_country(country: str, base_url: str = DEFAULT_BASE_URL,
                  dest: Path = EXTENSION_DIR, timeout: float = 60.0) -> Path:
    """Download ``<base_url>/<CC>.zip`` and write ``dest/<CC>.tsv``; returns that path."""
    cc = country.upper()
    url = f"{base_url.rstrip('/')}/{cc}.zip"
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            blob = resp.read()
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            text = zf.read(f"{cc}.txt").decode("utf-8")
    except (urllib.error.URLError, OSError, zipfile.BadZipFile, KeyError) as e:
        raise FetchError(f"cannot fetch {url}: {e}") from e
    rows = parse_geonames(text, cc)
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / f"{cc}.tsv"
    out.write_text(render(rows), encoding="utf-8")
    log.info("wrote %s (%d places)", out, len(rows))
    return out


def fetch(countries: Iterable[str], base_url: str | None = None,
          dest: Path = EXTENSION_DIR) -> list[Path]:
    return [fetch_country(c, base_url or DEFAULT_BASE_URL, dest) for c in countries]
