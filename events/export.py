"""Exporters analysts can load: ACLED-shaped CSV, UCDP-GED-shaped CSV, GeoJSON, KML.

Each takes events (and, optionally, their articles' sources) and returns the file's text, so
the CLI (``python -m events export``) and the dashboard's downloads share one implementation;
the rows themselves are built in ``events.export_rows``, the geometries in ``events.export_geo``.

Every CSV Athar writes goes through :func:`csv_text`, which neutralises formula cells: a text
cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab / carriage return) gets a leading ``'``, so
a spreadsheet shows the article's text instead of running it. Numbers stay numbers.
"""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable

import pandas as pd

from events.export_geo import to_geojson, to_kml
from events.export_rows import (ACLED_COLUMNS, ATHAR_COLUMNS, UCDP_COLUMNS, Sources, acled_row,
                                rows, ucdp_row)
from events.model import Event

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ACLED_COLUMNS + ATHAR_COLUMNS


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not execute (see module doc); blanks become ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "" if value != value else value  # NaN is a blank
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(records: Iterable[dict[str, Any]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({k: safe_cell(record.get(k)) for k in columns})
    return out.getvalue()


def table_csv(frame: pd.DataFrame) -> str:
    """Any table the dashboard shows, as the CSV it offers for download."""
    return csv_text((dict(zip(frame.columns, r)) for r in frame.itertuples(index=False)),
                    [str(c) for c in frame.columns])


def to_csv(events: list[Event], sources: Sources | None = None) -> str:
    """ACLED's columns (same names, same meaning), then Athar's own."""
    return csv_text(rows(events, sources, acled_row), CSV_COLUMNS)


def to_ucdp(events: list[Event], sources: Sources | None = None) -> str:
    """UCDP GED's columns."""
    return csv_text(rows(events, sources, ucdp_row), UCDP_COLUMNS)


EXPORTERS = {"csv": to_csv, "ucdp": to_ucdp, "geojson": to_geojson, "kml": to_kml}
MEDIA = {"csv": ("csv", "text/csv"), "ucdp": ("ucdp.csv", "text/csv"),
         "geojson": ("geojson", "application/geo+json"),
         "kml": ("kml", "application/vnd.google-earth.kml+xml")}
