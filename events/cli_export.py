"""``python -m events export``: the events an analyst filtered, in the format their tools load.

The filters are the dashboard's (``events.query.Filters``, applied by the same ``select``), so a
view on screen and an export with the same choices hold the same events.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from events.model import EVENT_TYPES

FORMATS = ["csv", "ucdp", "geojson", "kml"]


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: expected YYYY-MM-DD")


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid box {value!r}: expected WEST,SOUTH,EAST,NORTH in degrees")
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise argparse.ArgumentTypeError(
            f"invalid box {value!r}: west < east within ±180, south < north within ±90")
    return west, south, east, north


def add_parser(sub: argparse._SubParsersAction, db_arg: Callable) -> None:
    p = sub.add_parser(
        "export", help="export stored events: ACLED-style CSV, UCDP-style CSV, GeoJSON, KML",
        description="Export the stored events that pass the filters (the dashboard's: an event "
                    "counts when its date interval overlaps --since/--until). History mentioned "
                    "in passing is left out unless --include-background.")
    p.add_argument("--format", choices=FORMATS, default="csv",
                   help="csv: ACLED's columns then Athar's; ucdp: UCDP GED's columns")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--actor", action="append", default=[], metavar="NAME",
                   help="an actor's canonical name (repeatable: any of them)")
    p.add_argument("--type", action="append", default=[], choices=EVENT_TYPES,
                   help="Athar event type (repeatable)")
    p.add_argument("--country", action="append", default=[], metavar="ISO2",
                   help="ISO 3166-1 alpha-2 code of where the event is, e.g. SY (repeatable)")
    p.add_argument("--bbox", type=_bbox, metavar="WEST,SOUTH,EAST,NORTH",
                   help="only events located inside this box (degrees)")
    p.add_argument("--exclude-undated", action="store_true", help="leave out undated events")
    p.add_argument("--include-background", action="store_true",
                   help="also history mentioned in passing (never counted in totals)")
    # The event contract (nested) is what scripts read, the dev set's score_fakes.py among them;
    # analysts' GIS tools get ACLED's flat columns with --flat (the dashboard's download is flat).
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--flat", dest="nested", action="store_false",
                       help="GeoJSON: ACLED's and Athar's columns as flat properties (for GIS)")
    shape.add_argument("--nested", dest="nested", action="store_true",
                       help="GeoJSON: the event contract as nested properties (the default)")
    p.set_defaults(nested=True)
    db_arg(p)


def cmd_export(args: argparse.Namespace) -> int:
    from events.export import EXPORTERS
    from events.export_rows import Source
    from events.query import Filters, event_ids
    from events.store import Store

    store = Store(args.db)
    ids = event_ids(store.engine, Filters(
        start=args.since, end=args.until, actors=tuple(args.actor), event_types=tuple(args.type),
        countries=tuple(c.upper() for c in args.country), bbox=args.bbox,
        include_undated=not args.exclude_undated, include_background=args.include_background))
    found = store.events_by_id(ids)
    chosen = [found[i] for i in ids]
    sources = {a.article_id: Source.of(a)
               for a in store.article_info(sorted({e.article_id for e in chosen}))}
    if args.format == "geojson":
        text = EXPORTERS["geojson"](chosen, sources, nested=args.nested)
    else:
        text = EXPORTERS[args.format](chosen, sources)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{len(chosen)} events written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
