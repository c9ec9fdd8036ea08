"""The Losses page's totals are rolled up in Python (``both_totals_of``) from the same distinct
claims that ``totals`` sums in SQL: every rule of ``events.query_losses`` (a claimant's figures
of an event summed, two claimants' figures of one event a span, an article's events summed, the
reports of a tally group side by side, groups summed, open highs staying open, history never
counted) must give the same totals, in the same order, on SQLite and PostgreSQL. Checked here on
random archives (seeded) with every kind of claim, several claimants (and none), events told
twice in an article, reports of one strike in several articles, and history; and once with more
claims in view than ``ROLL_UP_LIMIT``, where SQL sums them.
"""
from __future__ import annotations

import random
from datetime import date

import pytest

from events.model import QUALIFIERS, Actor, Claim, Event, Evidence, Place
from events import query_losses
from events.query import Filters
from events.query_losses import both_totals, totals
from events.query_losses_view import losses_view
from tests.conftest import store_with

PLACES = [Place("Idlib", "إدلب", 35.93, 36.63, country="SY"),
          Place("Hama", "حماة", 35.13, 36.75, country="SY")]
JETS = [Actor("Syrian Air Force", "الطيران السوري", "actor1")]
CLAIMANTS = ["official sources", "Syrian Observatory for Human Rights", "White Helmets", None]


def random_claim(rng: random.Random) -> Claim:
    qualifier = rng.choice(QUALIFIERS + ("exact",) * 4)  # closed totals as well as open
    low = rng.choice([None, rng.randint(0, 40)])
    high = rng.choice([None, None, (low or 0) + rng.randint(0, 30)])
    best = rng.choice([None, rng.randint(1, 60)])
    return Claim(rng.choice(["killed", "injured", "captured"]), rng.choice(["civilians",
                                                                           "fighters"]),
                 qualifier, low, best, high, claimant=rng.choice(CLAIMANTS), start=0, end=10)


def random_archive(seed: int) -> list[Event]:
    rng = random.Random(seed)
    found = []
    for a in range(rng.randint(6, 14)):
        shared = [random_claim(rng) for _ in range(2)]  # told again in the article's events
        for n in range(rng.randint(1, 3)):
            day = date(2017, 5, rng.randint(28, 31)).isoformat()
            figures = [random_claim(rng) for _ in range(rng.randint(0, 3))]
            figures += rng.sample(shared, rng.randint(0, 2))
            found.append(Event(
                article_id=f"a{a}", event_type=rng.choice(["airstrike", "shelling"]),
                event_id=f"a{a}:e{n}", date_start=day, date_end=day,
                location=rng.choice(PLACES), actors=JETS, claims=figures,
                background=rng.random() < 0.1,
                evidence=[Evidence(f"sentence {a} {n}", 0, 40)]))
    return found


@pytest.mark.parametrize("seed", range(6))
def test_the_pages_totals_rolled_up_in_python_are_the_sql_totals(new_db, seed, monkeypatch):
    if seed == 5:  # more claims in view than rolled up in Python: SQL sums them
        monkeypatch.setattr(query_losses, "ROLL_UP_LIMIT", 3)
    store = store_with(new_db(), random_archive(seed))
    engine = store.engine
    for f in (Filters(), Filters(include_background=True),
              Filters(start=date(2017, 5, 30), end=date(2017, 5, 30)),
              Filters(claimants=("White Helmets",))):
        for chosen in ((), ("killed",), ("injured", "captured")):
            expected = (totals(engine, f, categories=chosen), totals(engine, f, True, chosen))
            assert both_totals(engine, f, chosen) == expected
            page = losses_view(engine, f, chosen)
            assert (page.by_category, page.by_claimant) == expected
