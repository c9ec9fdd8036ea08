"""The Losses page's totals rolled up in Python from the distinct claims in view (rules 2-4 of
``events.query_losses``, the same figures as its SQL ``_totals_query``: tests).

Two ways, the same figures:

- `rolled_up_in_order` takes the claims sorted by (category, tally group, article, event,
  claimant), so every level of the rules — a claimant's account of an event, the event, the
  article, the tally group, the category — is a run of consecutive rows: one pass, a level
  closed when its key changes, no dictionary but a claimant's within one article, group and
  category. A 1M archive's 90-day view (~20,000 claims) costs ~50 ms this way instead of the
  ~250 ms of building a dictionary per level (`rolled_up`).
- `rolled_up` takes the claims in any order and builds a dictionary per level; its output keeps
  the order the claims came in, which on PostgreSQL is the database's text order (its
  collation, which Python cannot reproduce), so PostgreSQL keeps this way.

A level's values are [lo, hi, approx, claims, k], NULLs taken as SQL's aggregates take them (a
NULL low ignored, a NULL high makes the sum or span open, approx the highest). ``k`` counts
the articles of a tally group (a group reported by more than one article is flagged) and, for
a total, those flagged groups.
"""
from __future__ import annotations

from typing import Any, Iterable

Totals = tuple[list[tuple], list[tuple]]  # (category, claimant, lo, hi, approx, claims, flagged)


def rolled_up_in_order(rows: Iterable[Any]) -> Totals:
    """The totals per category and per (category, claimant) from the claims' (category, tally,
    article, event, claimant, lo, hi, approx), sorted by their first five (ties consecutive:
    SQL's ORDER BY), in that order of categories (claimants: in the order first met)."""
    per_category: list[tuple] = []
    per_claimant: list[tuple] = []
    unseen = object()
    cat: Any = unseen
    tally = article = event = who = unseen
    voice: list | None = None  # a claimant's account of an event: its claims summed
    ev: list | None = None  # the event: its claimants' accounts side by side (span)
    art: list | None = None  # the article: its events summed
    grp: list | None = None  # the tally group: its articles side by side (span)
    tot: list | None = None  # the category: its groups summed
    art_who: dict[Any, list] = {}  # per claimant: the article's figures summed
    grp_who: dict[Any, list] = {}  # ... the group's articles side by side
    tot_who: dict[Any, list] = {}  # ... the category's groups summed
    for c, t, a, e, w, lo, hi, approx in rows:
        if voice is not None and w == who and e == event and a == article and t == tally \
                and c == cat:
            _add(voice, lo, hi, approx, 1)
        else:
            if voice is not None:
                ev = _spanned_onto(ev, voice)
                if e != event or a != article or t != tally or c != cat:
                    art = _summed_onto(art, ev)
                    ev = None
                    if a != article or t != tally or c != cat:
                        grp = _article_onto(grp, art)
                        art = None
                        for name, acc in art_who.items():
                            grp_who[name] = _article_onto(grp_who.get(name), acc)
                        art_who = {}
                        if t != tally or c != cat:
                            tot = _group_onto(tot, grp)
                            grp = None
                            for name, acc in grp_who.items():
                                tot_who[name] = _group_onto(tot_who.get(name), acc)
                            grp_who = {}
                            if c != cat:
                                _emit(cat, tot, tot_who, per_category, per_claimant)
                                tot, tot_who = None, {}
            voice = [lo, hi, approx, 1, 1]
            cat, tally, article, event, who = c, t, a, e, w
        acc = art_who.get(w)
        if acc is None:
            art_who[w] = [lo, hi, approx, 1, 1]
        else:
            _add(acc, lo, hi, approx, 1)
    if voice is not None:  # close every level of the last rows
        art = _summed_onto(art, _spanned_onto(ev, voice))
        grp = _article_onto(grp, art)
        for name, acc in art_who.items():
            grp_who[name] = _article_onto(grp_who.get(name), acc)
        tot = _group_onto(tot, grp)
        for name, acc in grp_who.items():
            tot_who[name] = _group_onto(tot_who.get(name), acc)
        _emit(cat, tot, tot_who, per_category, per_claimant)
    return per_category, per_claimant


def _emit(cat: Any, tot: list | None, tot_who: dict[Any, list], per_category: list[tuple],
          per_claimant: list[tuple]) -> None:
    if tot is not None:
        per_category.append((cat, None, *tot))
    per_claimant.extend((cat, name, *acc) for name, acc in tot_who.items())


def _add(acc: list, lo: Any, hi: Any, approx: Any, n: int) -> None:
    """Sum a range into ``acc`` (SQL's SUM: a NULL low ignored, a NULL high opens it)."""
    if lo is not None:
        acc[0] = lo if acc[0] is None else acc[0] + lo
    if acc[1] is not None:
        acc[1] = None if hi is None else acc[1] + hi
    if approx is not None and (acc[2] is None or approx > acc[2]):
        acc[2] = approx
    acc[3] += n


def _span(acc: list, lo: Any, hi: Any, approx: Any, n: int) -> None:
    """Set a range beside ``acc``: lowest low, highest high (open as soon as one is)."""
    if lo is not None:
        acc[0] = lo if acc[0] is None else min(acc[0], lo)
    if acc[1] is not None:
        acc[1] = None if hi is None else max(acc[1], hi)
    if approx is not None and (acc[2] is None or approx > acc[2]):
        acc[2] = approx
    acc[3] += n


def _spanned_onto(acc: list | None, below: list) -> list:
    if acc is None:
        return below
    _span(acc, below[0], below[1], below[2], below[3])
    return acc


def _summed_onto(acc: list | None, below: list) -> list:
    if acc is None:
        return below
    _add(acc, below[0], below[1], below[2], below[3])
    return acc


def _article_onto(group: list | None, article: list) -> list:
    """An article's figure beside its tally group's others; ``k`` counts the articles."""
    if group is None:
        article[4] = 1
        return article
    _span(group, article[0], article[1], article[2], article[3])
    group[4] += 1
    return group


def _group_onto(total: list | None, group: list) -> list:
    """A tally group's span summed into its total; ``k`` counts the groups of several
    articles."""
    several = 1 if group[4] > 1 else 0
    if total is None:
        group[4] = several
        return group
    _add(total, group[0], group[1], group[2], group[3])
    total[4] += several
    return total


def rolled_up(rows: Iterable[Any]) -> Totals:
    """The same totals from the claims' (category, claimant, tally, article, event, lo, hi,
    approx) in any order, in the order their keys are first met. Each level takes over the
    lists of the one below (read no more)."""
    voices: dict[tuple, list] = {}  # a claimant's account of an event: summed
    of_claimant: dict[tuple, list] = {}  # a claimant's figures in an article: summed
    voice, claimant_in = voices.get, of_claimant.get
    for cat, who, tally, article, event, lo, hi, approx in rows:
        key = (cat, tally, article, event, who)
        acc = voice(key)
        if acc is None:
            voices[key] = [lo, hi, approx, 1, 1]
        else:
            _fold(acc, lo, hi, approx, 1, span=False)
        key = (cat, who, tally, article)
        acc = claimant_in(key)
        if acc is None:
            of_claimant[key] = [lo, hi, approx, 1, 1]
        else:
            _fold(acc, lo, hi, approx, 1, span=False)
    # per category: the accounts of one event side by side, the article's events summed, then
    # (`_tallied`) the articles of a tally group side by side and the groups summed
    events_ = _rolled(((key[:4], acc) for key, acc in voices.items()), span=True)
    articles_ = _rolled(((key[:3], acc) for key, acc in events_.items()), span=False)
    return ([(key[0], None, *acc) for key, acc in _tallied(articles_).items()],
            [(*key, *acc) for key, acc in _tallied(of_claimant).items()])


def _tallied(articles_: dict[tuple, list]) -> dict[tuple, list]:
    """Articles' figures keyed (…, tally group, article): each group's span, the groups summed
    per key (…). Values: lo, hi, approx, claims, groups reported by more than one article."""
    groups = _rolled(((key[:-1], acc) for key, acc in articles_.items()), span=True)
    several = [(key[:-1], acc[4] > 1) for key, acc in groups.items()]  # acc[4]: its articles
    out = _rolled(((key[:-1], acc) for key, acc in groups.items()), span=False)
    for acc in out.values():
        acc[4] = 0
    for key, more in several:
        out[key][4] += more
    return out


def _rolled(items: Iterable[tuple[tuple, list]], span: bool) -> dict[tuple, list]:
    """The values of a level per key of the next: summed as `_summed` does in SQL, or side by
    side as `_spanned` (lowest low, highest high)."""
    out: dict[tuple, list] = {}
    get = out.get
    for key, below in items:
        acc = get(key)
        if acc is None:
            below[4] = 1
            out[key] = below
        else:
            _fold(acc, below[0], below[1], below[2], below[3], span)
    return out


def _fold(acc: list, lo: Any, hi: Any, approx: Any, n: int, span: bool) -> None:
    """One more range into ``acc``, counted in ``acc[4]``."""
    (_span if span else _add)(acc, lo, hi, approx, n)
    acc[4] += 1


__all__ = ["Totals", "rolled_up", "rolled_up_in_order"]
