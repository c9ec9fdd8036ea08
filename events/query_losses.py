"""Claimed losses an analyst can trust: one row per claim, totals as ranges, no double counting.

Three rules, each tested in ``tests/test_query.py``:

1. *A claim repeated within one article counts once* (the lead and the quoted statement often
   repeat "more than 80 killed"): same article, event type, category, who, qualifier, numbers
   and claimant -> one row, with ``repeats`` saying how often it was seen.
2. *Claims from different articles about the same event are never summed.* Events of different
   articles are the same *report group* when they share type, actor1 and place and their date
   intervals overlap. Within a group each article's figure is kept side by side; the group
   contributes the union of their ranges (lowest low, highest high) and is flagged.
3. *Totals are ranges*: "more than 80" is [80, open), "about 30" is ~30, "12-20" is [12, 20];
   sums keep an open upper bound open. Displayed like ``Claim.display()``: "80+", "~30", "12–20".
4. *History is not news*: claims of background events (``Event.background``, "the 1994
   genocide" recalled in passing) may be listed, but never enter a total.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from events.model import Event, format_estimate
from events.query import event_point

CLAIM_COLUMNS = ["claim_id", "event_id", "article_id", "date", "date_end", "place", "claimant",
                 "target", "category", "who", "qualifier", "estimate", "low", "best", "high",
                 "lo", "hi", "approx", "evidence", "event_type", "repeats", "report_group",
                 "reports", "note", "background"]


@dataclass(frozen=True)
class Total:
    """A summed range. ``high is None`` means open-ended ("80+")."""
    category: str
    claimant: str | None
    low: int
    high: int | None
    approx: bool = False
    claims: int = 0
    multi_report_groups: int = 0  # groups where several articles' figures were not summed

    def display(self) -> str:
        if self.high is None:
            return f"{self.low}+"
        if self.low == self.high:
            return f"~{self.low}" if self.approx else str(self.low)
        return f"{self.low}–{self.high}"


def claim_range(qualifier: str, low: int | None, best: int | None, high: int | None
                ) -> tuple[int, int | None, bool]:
    """(lowest, highest or None when open, approximate?) for one claim."""
    value = next((v for v in (best, low, high) if v is not None), 0)
    if qualifier in ("more_than", "at_least", "vague"):
        lo = low if low is not None else value
        return lo, (high if high is not None and high >= lo else None), False
    if qualifier == "about":
        return value, value, True
    if qualifier == "up_to":
        return (low or 0), (high if high is not None else value), False
    return (low if low is not None else value), (high if high is not None else value), False


def _evidence_for(event: Event, start: int, end: int, fallback: str) -> str:
    for ev in event.evidence:
        if ev.start <= start and end <= ev.end:
            return ev.sentence
    return event.evidence[0].sentence if event.evidence else fallback


def report_groups(events: Iterable[Event]) -> dict[str, str]:
    """event_id -> group id. Only events from *different* articles are merged; two events of
    one article stay apart (the article itself distinguishes them)."""
    keyed: dict[tuple, list[Event]] = {}
    for e in events:
        place, _ = event_point(e)
        place_key = place.name.casefold() if place else ""
        actor1 = next((a.name for a in e.actors if a.role == "actor1"), "")
        keyed.setdefault((e.event_type, actor1, place_key), []).append(e)
    group: dict[str, str] = {}
    for members in keyed.values():
        members.sort(key=lambda e: (e.date_start or e.date_end or "", e.event_id))
        for e in members:
            group.setdefault(e.event_id, e.event_id)
            for other in members:
                if other.article_id != e.article_id and other.event_id not in group \
                        and _dates_overlap(e, other):
                    group[other.event_id] = group[e.event_id]
    return group


def _dates_overlap(a: Event, b: Event) -> bool:
    a0, a1 = a.date_start or a.date_end, a.date_end or a.date_start
    b0, b1 = b.date_start or b.date_end, b.date_end or b.date_start
    if a0 is None or b0 is None:
        return a0 is None and b0 is None
    return a0[:10] <= b1[:10] and b0[:10] <= a1[:10]


def claims_frame(events: list[Event]) -> pd.DataFrame:
    """One row per distinct claim (rule 1), with its report group and a plain-words note."""
    groups = report_groups(events)
    rows: dict[tuple, dict] = {}
    for e in events:
        place, _ = event_point(e)
        target = next((a.name for a in e.actors if a.role == "actor2"), None)
        for i, c in enumerate(e.claims):
            claimant = c.claimant or e.claimant
            key = (e.article_id, e.event_type, c.category, c.who, c.qualifier, c.low, c.best,
                   c.high, claimant)
            if key in rows:
                rows[key]["repeats"] += 1
                continue
            lo, hi, approx = claim_range(c.qualifier, c.low, c.best, c.high)
            rows[key] = {
                "claim_id": f"{e.event_id}#{i}", "event_id": e.event_id,
                "article_id": e.article_id, "date": e.date_start or e.date_end,
                "date_end": e.date_end or e.date_start,
                "place": place.name if place else None, "claimant": claimant or "(unattributed)",
                "target": target or c.who, "category": c.category, "who": c.who,
                "qualifier": c.qualifier,
                "estimate": format_estimate(c.qualifier, c.low, c.best, c.high),
                "low": c.low, "best": c.best, "high": c.high, "lo": lo, "hi": hi,
                "approx": approx, "evidence": _evidence_for(e, c.start, c.end, c.text),
                "event_type": e.event_type, "repeats": 1, "report_group": groups[e.event_id],
                "background": bool(e.background),
            }
    frame = pd.DataFrame(list(rows.values()), columns=CLAIM_COLUMNS)
    if len(frame):
        n = frame.groupby(["report_group", "category"])["article_id"].transform("nunique")
        frame["reports"] = n.astype(int)
        frame["note"] = [
            "history mentioned in passing: not in the totals" if past else
            f"reported by {k} articles: shown side by side, not summed" if k > 1 else ""
            for k, past in zip(frame["reports"], frame["background"])]
        frame = frame.sort_values(["date", "category", "claimant"], na_position="last")
    return frame.reset_index(drop=True)


def _combine(group: pd.DataFrame) -> tuple[int, int | None, bool, int]:
    """Rule 2: sum each article's claims in the group, then take the union across articles."""
    per_article = []
    for _, rows in group.groupby("article_id"):
        lo = int(rows["lo"].sum())
        hi = None if rows["hi"].isna().any() else int(rows["hi"].sum())
        per_article.append((lo, hi, bool(rows["approx"].any())))
    lo = min(p[0] for p in per_article)
    his = [p[1] for p in per_article]
    hi = None if any(h is None for h in his) else max(his)
    return lo, hi, any(p[2] for p in per_article), len(per_article)


def totals(claims: pd.DataFrame, by_claimant: bool = False) -> list[Total]:
    """Totals per category (and per claimant) as ranges, following rules 1-4."""
    out: list[Total] = []
    if not claims.empty:
        claims = claims[~claims["background"].astype(bool)]
    if claims.empty:
        return out
    keys = ["category", "claimant"] if by_claimant else ["category"]
    for key, rows in claims.groupby(keys, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        lo_sum, hi_sum, approx, n_multi = 0, 0, False, 0
        for _, group in rows.groupby("report_group"):
            lo, hi, ap, n_articles = _combine(group)
            lo_sum += lo
            hi_sum = None if hi_sum is None or hi is None else hi_sum + hi
            approx |= ap
            n_multi += n_articles > 1
        out.append(Total(category=key[0], claimant=key[1] if by_claimant else None,
                         low=lo_sum, high=hi_sum, approx=approx, claims=len(rows),
                         multi_report_groups=n_multi))
    return out


def totals_frame(items: list[Total]) -> pd.DataFrame:
    """Totals as a table (and as bars: ``low`` with the open/closed upper bound in the label)."""
    return pd.DataFrame([{
        "category": t.category, "claimant": t.claimant, "total": t.display(), "low": t.low,
        "high": t.high, "claims": t.claims,
        "not summed": (f"{t.multi_report_groups} event(s) reported by several articles"
                       if t.multi_report_groups else ""),
    } for t in items], columns=["category", "claimant", "total", "low", "high", "claims",
                                "not summed"])


def killed_claimed(claims: pd.DataFrame) -> str:
    """The header strip's "killed claimed" figure, e.g. "80+" (or "0" when none)."""
    killed = [t for t in totals(claims) if t.category == "killed"]
    return killed[0].display() if killed else "0"
