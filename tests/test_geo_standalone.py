"""geo stands on its own: importing any of its modules loads nothing of `events`."""
from __future__ import annotations

import subprocess
import sys

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GEO_MODULES = ("geo.place", "geo.gazetteer", "geo.mentions", "geo.geocoder", "geo.cache",
               "geo.routes", "geo.build", "geo.fetch", "geo.bench", "geo.cli")


def test_geo_imports_nothing_of_events():
    code = ("import importlib, sys\n"
            f"for m in {GEO_MODULES!r}: importlib.import_module(m)\n"
            "print(sorted(m for m in sys.modules if m == 'events' or m.startswith('events.')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "[]"


def test_events_model_still_exports_place():
    from events.model import Place
    from geo.place import Place as GeoPlace

    assert Place is GeoPlace
