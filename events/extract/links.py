"""Links between events of one article that change what each can honestly claim.

A strike on a convoy en route happens during the convoy's move. Wire stories often date the
two differently (the lead: "the night before yesterday"; the quoted statement: "the night of
29–30 May"). Rather than pick one, the strike's interval is widened to cover both, and both
phrases are kept in ``date_text``: the analyst sees the uncertainty instead of a false precision.
"""
from __future__ import annotations

from datetime import date

from events.extract.dates_calendar import prec_of
from events.model import Event

STRIKES = ("airstrike", "shelling")
SLACK_DAYS = 2  # "the same night" told twice may differ by a day or two, not by a week


def date_strikes_by_their_moves(events: list[Event]) -> None:
    moves = [m for m in events if m.event_type == "movement" and m.origin and m.destination
             and m.date_start and m.date_prec is not None and m.date_prec <= 2]
    for strike in events:
        if strike.event_type not in STRIKES or not (strike.origin and strike.destination
                                                    and strike.date_start):
            continue
        targets = {a.name for a in strike.actors if a.role == "actor2"}
        for move in moves:
            if (move.origin.name, move.destination.name) != (strike.origin.name,
                                                             strike.destination.name):
                continue
            if not targets & {a.name for a in move.actors if a.role == "actor1"}:
                continue
            if _gap_days(strike, move) <= SLACK_DAYS:
                _widen(strike, move)


def _span(e: Event) -> tuple[date, date]:
    start = date.fromisoformat(e.date_start)  # type: ignore[arg-type]
    return start, date.fromisoformat(e.date_end) if e.date_end else start


def _gap_days(a: Event, b: Event) -> int:
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return max(0, (b0 - a1).days, (a0 - b1).days)


def _widen(strike: Event, move: Event) -> None:
    (s0, s1), (m0, m1) = _span(strike), _span(move)
    start, end = min(s0, m0), max(s1, m1)
    if (start, end) == (s0, s1):
        return
    strike.date_start, strike.date_end = start.isoformat(), end.isoformat()
    strike.date_prec = prec_of(start, end)
    strike.time_precision = 1 if start == end else 2
    strike.date_text += [t for t in move.date_text if t not in strike.date_text]
