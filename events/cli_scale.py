"""``python -m events synth``: synthetic stores and articles, for benchmarks and tests."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"invalid count {value!r}: expected a positive integer")
    return n


def add_parser(sub: argparse._SubParsersAction, db_arg: Callable) -> None:
    p = sub.add_parser(
        "synth", help="build a synthetic store (--events) or synthetic articles (--articles)",
        description="--events N --db URL: a store of N realistic synthetic events, written "
                    "through the store like an ingest (10 years, Syria/Iraq/Yemen, 20 actors, "
                    "claims on ~45%%). --articles N --out DIR: N Arabic and English article "
                    "files whose planted events (DIR/planted.json) extraction recovers. The "
                    "same --seed gives the same output.")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--events", type=_positive, metavar="N")
    what.add_argument("--articles", type=_positive, metavar="N")
    p.add_argument("--out", metavar="DIR", help="where --articles writes its files")
    p.add_argument("--seed", type=int, default=0)
    db_arg(p)


def cmd_synth(args: argparse.Namespace) -> int:
    if args.articles:
        if not args.out:
            print("error: --articles needs --out DIR", file=sys.stderr)
            return 2
        from events.synth_articles import write

        planted = write(Path(args.out), args.articles, args.seed)
        print(f"{len(planted)} articles written to {args.out} (planted events: "
              f"{Path(args.out) / 'planted.json'})")
        return 0
    from events.store import default_url
    from events.synth import build

    url = args.db or default_url()
    done = [0]

    def progress(k: int) -> None:
        done[0] += k
        print(f"\r{done[0]:,}/{args.events:,} events", end="", file=sys.stderr)
    counts = build(url, args.events, args.seed, progress)
    print(file=sys.stderr)
    print(f"store holds {counts['articles']} articles, {counts['events']} events")
    return 0
