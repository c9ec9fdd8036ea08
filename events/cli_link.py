"""``python -m events link``: link the stored events into incidents again, or record an
analyst's decision (``--merge INCIDENT INCIDENT…``, ``--split EVENT``), kept by later runs."""
from __future__ import annotations

import argparse
from typing import Callable


def add_parser(sub: argparse._SubParsersAction, db_arg: Callable) -> None:
    p = sub.add_parser("link", help="link stored events into incidents again (idempotent), or "
                                    "merge/split incidents by hand",
                       description=__doc__)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--merge", nargs="+", metavar="INCIDENT",
                       help="make these incidents one (kept by later runs)")
    group.add_argument("--split", metavar="EVENT",
                       help="take this event out of its incident (kept by later runs)")
    db_arg(p)


def cmd_link(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from events.linking import merge, relink, split
    from events.store import Store, events, incidents

    store = Store(args.db)
    with store.engine.connect() as conn:
        conn.execution_options(athar_writing=True)
        with conn.begin():
            if args.merge:
                print(f"merged into {merge(conn, args.merge)}")
            elif args.split:
                print(f"split into {split(conn, args.split)}")
            else:
                relink(conn)
        n_incidents, linked = conn.execute(select(
            func.count(), func.coalesce(func.sum(incidents.c.reports), 0))
            .where(incidents.c.reports > 1)).one()
        total = conn.execute(select(func.count(incidents.c.incident_id))).scalar_one()
        n_events = conn.execute(select(func.count(events.c.event_id))).scalar_one()
    print(f"{n_events} events in {total} incidents; {n_incidents} incidents are told by "
          f"several articles ({linked} reports)")
    return 0
