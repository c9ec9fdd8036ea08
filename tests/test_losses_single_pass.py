"""The Losses page reads its data the cheaper way and shows exactly what the plain way shows.

- Totals: on SQLite the claims in view are read sorted by (category, tally group, article,
  event, claimant) and rolled up in one pass (``rolled_up_in_order``); the dictionary roll-up
  (``rolled_up``, still PostgreSQL's) and SQL's ``totals`` are the references. Same figures,
  same flags, same counts, whatever the NULLs (no low, an open high, no claimant, no tally
  group) and however many levels share a key.
- The page of claims (``claims_page``) picks its rows first and counts only their reports; the
  listing (``claims_listing``) joins every group's count first. Same rows, same order, same
  report counts, for any page size.
"""
from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import select

from events.claim_groups import grouped_claims
from events.losses_rollup import rolled_up, rolled_up_in_order
from events.query import Filters
from events.query_losses import both_totals, claims_listing, totals
from events.query_losses_view import BY_GROUP, claims_page, losses_view
from tests.conftest import store_with
from tests.test_losses_rollup import random_archive


def random_claims(rng: random.Random, n: int) -> list[tuple]:
    """Distinct claims' (category, claimant, tally, article, event, lo, hi, approx), with keys
    drawn from small sets so that every level repeats, and NULLs where the store allows them."""
    rows = []
    for _ in range(n):
        lo = rng.choice([None, rng.randint(0, 40), rng.randint(0, 5)])
        hi = rng.choice([None, (lo or 0) + rng.randint(0, 20), lo])
        rows.append((rng.choice(["killed", "injured", "captured"]),
                     rng.choice([None, "", "SOHR", "official sources", "سانا"]),
                     rng.choice([None, "i1", "i2", "i3"]), rng.choice(["a1", "a2", "a3", "a4"]),
                     rng.choice(["e1", "e2", "e3"]), lo, hi, rng.choice([None, 0, 1])))
    return rows


def in_sql_order(rows: list[tuple]) -> list[tuple]:
    """The rows as SQLite's ORDER BY category, tally, article, event, claimant gives them (NULL
    first), in the order ``rolled_up_in_order`` reads them."""
    def key(r: tuple) -> tuple:
        cat, who, tally, article, event = r[:5]
        return tuple((x is not None, x or "") for x in (cat, tally, article, event, who))
    return [(r[0], r[2], r[3], r[4], r[1], *r[5:]) for r in sorted(rows, key=key)]


def by_key(totals_: list[tuple]) -> dict[tuple, tuple]:
    return {(t[0], t[1]): t[2:] for t in totals_}


@pytest.mark.parametrize("seed", range(40))
def test_one_pass_over_sorted_claims_sums_what_the_dictionaries_sum(seed):
    rng = random.Random(seed)
    rows = random_claims(rng, rng.choice([1, 2, 5, 30, 200]))
    per_category, per_claimant = rolled_up_in_order(in_sql_order(rows))
    expected_category, expected_claimant = rolled_up(rows)
    assert by_key(per_category) == by_key(expected_category)
    assert by_key(per_claimant) == by_key(expected_claimant)
    assert len(per_category) == len(expected_category)
    assert len(per_claimant) == len(expected_claimant)
    assert [t[0] for t in per_category] == sorted(t[0] for t in per_category)


def test_no_claims_no_totals():
    assert rolled_up_in_order([]) == ([], [])


def test_a_group_told_by_two_articles_is_flagged_once_and_its_figures_never_summed():
    rows = [("killed", "g1", "a1", "e1", "SOHR", 80, None, 0),  # 80+
            ("killed", "g1", "a2", "e1", None, 32, 32, 0),  # the same strike: 32
            ("killed", "g2", "a3", "e1", None, 5, 5, 1)]  # another strike: ~5
    per_category, per_claimant = rolled_up_in_order(rows)
    assert per_category == [("killed", None, 37, None, 1, 3, 1)]  # 32..80+ and 5 summed: 37+
    assert sorted(per_claimant, key=lambda t: t[1] or "") == [
        ("killed", None, 37, 37, 1, 2, 0), ("killed", "SOHR", 80, None, 0, 1, 0)]


FILTERS = (Filters(), Filters(include_background=True),
           Filters(start=date(2017, 5, 30), end=date(2017, 5, 30)),
           Filters(claimants=("White Helmets",)))


@pytest.mark.parametrize("seed", range(8))
def test_the_pages_totals_are_the_sql_totals_on_random_archives(new_db, seed):
    store = store_with(new_db(), random_archive(100 + seed))
    for f in FILTERS:
        for chosen in ((), ("killed",), ("injured", "captured")):
            expected = (totals(store.engine, f, categories=chosen),
                        totals(store.engine, f, True, chosen))
            assert both_totals(store.engine, f, chosen) == expected
            page = losses_view(store.engine, f, chosen)
            assert (page.by_category, page.by_claimant) == expected


@pytest.mark.parametrize("seed", range(4))
def test_the_page_of_claims_is_the_listings_first_rows_with_the_same_report_counts(new_db,
                                                                                   seed):
    store = store_with(new_db(), random_archive(200 + seed))
    for f in FILTERS:
        with grouped_claims(store.engine, f) as (conn, d):
            conn.execute(BY_GROUP)
            for chosen in ((), ("killed",)):
                narrowed = select(d).where(d.c.category.in_(chosen)).subquery("d") \
                    if chosen else d
                for limit in (1, 3, 10, 1000):
                    listed = conn.execute(claims_listing(narrowed, limit)).all()
                    assert conn.execute(claims_page(narrowed, limit)).all() == listed
