"""``python -m events``: extract, ingest, list, export, link, synth, bench.

Exit status 0 on success, 2 on bad input or an unusable database (one line per problem on
stderr, naming the file or the database). Warnings from extraction (a figure above the claim
ceiling) are one line each too.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date

from events.cli_export import add_parser as add_export_parser
from events.cli_export import cmd_export
from events.cli_link import add_parser as add_link_parser
from events.cli_link import cmd_link
from events.cli_scale import add_parser as add_synth_parser
from events.cli_scale import cmd_synth
from events.extract.pipeline import ExtractionError
from events.lexicon import LexiconError, check_all
from events.reader import ArticleError, parse_date, printable, read_article

EXIT_BAD_INPUT = 2


def _published(value: str) -> date:
    try:
        parsed = parse_date(value, "--published", "command line")
    except ArticleError as e:
        raise argparse.ArgumentTypeError(e.problem)
    assert parsed is not None
    return parsed


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help="SQLAlchemy database URL (default: $ATHAR_DB_URL or sqlite:///data/athar.db)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m events", description=(
        "Athar: turn conflict news articles into dated, geocoded events."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="print the events of one article (touches no database)",
                       description="Print the events of one article as a JSON list (the event "
                                   "contract) or a table. Metadata comes from the sidecar .json "
                                   "if present; flags override it.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--published", type=_published, metavar="YYYY-MM-DD",
                   help="publication date, to resolve 'yesterday', 'last May'…")
    p.add_argument("--language", choices=["ar", "en"])
    p.add_argument("--format", choices=["json", "table"], default="json")

    p = sub.add_parser("ingest", help="extract articles and store them",
                       description="Ingest article files or directories of *.txt (with optional "
                                   "<id>.json metadata). Atomic per article; idempotent.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="extract on a local Dask cluster of N processes (one writer stores)")
    p.add_argument("--scheduler", metavar="URL",
                   help="extract on an existing Dask cluster, e.g. tcp://host:8786")
    _db_arg(p)

    p = sub.add_parser("list", help="list stored articles and events")
    _db_arg(p)

    add_export_parser(sub, _db_arg)
    add_synth_parser(sub, _db_arg)
    add_link_parser(sub, _db_arg)

    p = sub.add_parser("bench", help="print speed figures (extraction, geocoding, dashboard "
                                     "queries, ingest)")
    p.add_argument("what", nargs="?", choices=["extract", "geo", "query", "ingest", "link",
                                              "all"],
                   default="all", help="all = extract and geo; query and ingest build "
                                       "synthetic data under .cache/bench/ first; link "
                                       "scores incident linking on data/demo/links_gold.yaml")
    p.add_argument("--json", action="store_true", help="one JSON object instead of text")
    p.add_argument("--limit", type=int, default=None, help="at most this many corpus articles")
    p.add_argument("--sizes", default="10000,100000", metavar="N,N,…",
                   help="query: synthetic store sizes in events")
    p.add_argument("--articles", type=int, default=2000, metavar="N",
                   help="ingest: synthetic articles to ingest serially and with --workers")
    p.add_argument("--reingest", type=int, default=10000, metavar="N",
                   help="ingest: unchanged articles to re-ingest")
    p.add_argument("--workers", type=int, default=2, metavar="N")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--db", metavar="URL", default=None,
                   help="query: measure this database (e.g. PostgreSQL) instead of SQLite "
                        "files; an empty one is filled with one synthetic store of --sizes N")
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from events.ingest import extract_events, failure_line

    article = read_article(args.file, published=args.published, language=args.language)
    try:
        found = extract_events(article)
    except Exception as e:  # reported like a failed article of a batch, never a traceback
        print(f"error: {failure_line(args.file, e)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        print(json.dumps([e.to_dict() for e in found], ensure_ascii=False, indent=2))
    else:
        for e in found:
            where = (e.location or e.destination or e.origin)
            claims = ", ".join(f"{c.category} {c.display()}" for c in e.claims)
            print(f"{e.event_type:16} {e.modality:9} {e.date_start or '?'}..{e.date_end or '?'}  "
                  f"{where.name if where else '-':24} "
                  f"{', '.join(a.name for a in e.actors)[:50]:50} {claims}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from events.ingest import ingest_paths, tqdm_progress
    from events.store import Store

    store = Store(args.db)
    if args.workers and args.workers > 1 or args.scheduler:
        from events.ingest_parallel import ingest_parallel

        summary = ingest_parallel(args.paths, store, workers=args.workers,
                                  scheduler=args.scheduler, progress=tqdm_progress)
    else:
        summary = ingest_paths(args.paths, store, progress=tqdm_progress)
    for err in summary.errors:
        print(f"error: {err}", file=sys.stderr)
    if summary.new or summary.updated:
        store.optimize()
    counts = store.counts()
    print(f"{summary.line()} (store holds {counts['articles']} articles, "
          f"{counts['events']} events)")
    return EXIT_BAD_INPUT if summary.failed else 0


def cmd_list(args: argparse.Namespace) -> int:
    from events.store import Store

    store = Store(args.db)
    for a in store.articles():
        est = "~" if a.published_is_estimate else ""
        print(printable(f"{a.article_id}  {est}{a.published or '????-??-??'}  {a.language}  "
                        f"{a.n_events} events  {a.title[:60]}"))
        for e in store.events(a.article_id):
            claims = ", ".join(f"{c.category} {c.display()}" for c in e.claims)
            print(f"    {e.event_type:16} {e.date_start or '?'}..{e.date_end or '?'}  {claims}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from events.bench import run

    figures = run(args.what, limit=args.limit, sizes=[int(n) for n in args.sizes.split(",")],
                  articles=args.articles, reingest=args.reingest, workers=args.workers,
                  seed=args.seed, db=args.db)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:40} {json.dumps(value) if isinstance(value, dict) else value}")
    return 0


COMMANDS = {"extract": cmd_extract, "ingest": cmd_ingest, "list": cmd_list,
            "export": cmd_export, "bench": cmd_bench, "synth": cmd_synth,
            "link": cmd_link}


class _OneLine(logging.Formatter):
    """"warning: …" on one line, no traceback: the user reads it, a developer uses -X dev."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(f"{record.levelname.lower()}: {record.getMessage()}")


def _log_in_one_line() -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_OneLine())
        root.addHandler(handler)
        root.setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse already printed one line; bad input is status 2
        return int(e.code or 0)
    from events.store import StoreError

    _log_in_one_line()
    try:
        if args.command in ("extract", "ingest", "bench"):
            check_all()  # a broken lexicon is an error now, not a smaller vocabulary later
        return COMMANDS[args.command](args)
    except (ArticleError, StoreError, LexiconError) as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ExtractionError as e:
        print(f"error: {getattr(args, 'file', '')}: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
