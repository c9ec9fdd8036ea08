"""One article's figure told in two of its events never adds up with another report of the same deaths.

An article's events are separate incidents (the linker puts one report per article in an
incident). When the lead and the body of one article both carry "more than 80 killed" and another
article's "32 killed" joins the body's incident, the two incidents hold one claim between them:
they are one group whose figures are set side by side (their span), never summed (112+).
Specifications of ``events.claim_groups``, on a real database (SQLite, then PostgreSQL).
"""
from __future__ import annotations

import pytest

from events.model import Actor, Claim, Event, Evidence, Place
from events.query import Filters
from events.query_losses import both_totals, claims_frame, killed_claimed, totals
from events.query_losses_view import losses_view
from events.store import Store
from tests.conftest import store_with

RAQQA = Place("Raqqa", "الرقة", 35.95, 39.01, country="SY")
PALMYRA = Place("Palmyra", "تدمر", 34.56, 38.27, country="SY")
HOMS = Place("Homs", "حمص", 34.73, 36.71, country="SY")
JETS = [Actor("Russian Aerospace Forces", "القوات الجوية الروسية", "actor1"),
        Actor("Islamic State", "داعش", "actor2")]
MOD, SOHR = "Russian Ministry of Defence", "SOHR"


def strike(article: str, name: str, place: Place, *figures: Claim) -> Event:
    return Event(article_id=article, event_type="airstrike", event_id=f"{article}:{name}",
                 date_start="2017-05-30", date_end="2017-05-30", location=place, actors=JETS,
                 claims=list(figures), evidence=[Evidence(f"sentence {name}", 0, 40)])


def killed(n: int, claimant: str, qualifier: str = "exact", category: str = "killed") -> Claim:
    high = None if qualifier == "more_than" else n
    return Claim(category, "fighters", qualifier, n, None if high is None else n, high,
                 claimant=claimant, start=0, end=10)


def store_of(url: str, *found: Event) -> Store:
    return store_with(url, list(found))


@pytest.mark.parametrize("joined", [RAQQA, PALMYRA])
def test_a_figure_told_twice_in_one_article_is_not_summed_with_another_report(new_db, joined):
    # whichever of the article's two incidents the other report joins, the figures sit side
    # by side: the span of [80, open) and 32, never 80+ plus 32
    store = store_of(new_db(), strike("a1", "lead", RAQQA, killed(80, MOD, "more_than")),
                     strike("a1", "body", PALMYRA, killed(80, MOD, "more_than")),
                     strike("a2", "other", joined, killed(32, SOHR)))
    assert len({e.incident_id for e in store.events()}) == 2
    (total,) = totals(store.engine, Filters())
    assert total.display() == "32+" and total.multi_report_incidents == 1
    assert killed_claimed(store.engine, Filters()) == "32+"
    per_claimant = {t.claimant: t.display() for t in totals(store.engine, Filters(), True)}
    assert per_claimant == {MOD: "80+", SOHR: "32"}
    listed = claims_frame(store.engine, Filters())
    assert sorted(listed["estimate"]) == ["32", "80+"] and set(listed["reports"]) == {2}
    page = losses_view(store.engine, Filters())
    assert [t.display() for t in page.by_category] == ["32+"]
    assert (page.by_category, page.by_claimant) == both_totals(store.engine, Filters())


def test_a_chain_of_shared_figures_joins_every_incident_it_touches(new_db):
    # a1 tells one figure in Raqqa and Palmyra, a3 another in Palmyra and Homs: one group
    store = store_of(new_db(), strike("a1", "lead", RAQQA, killed(80, MOD, "more_than")),
                     strike("a1", "body", PALMYRA, killed(80, MOD, "more_than")),
                     strike("a3", "first", PALMYRA, killed(40, SOHR)),
                     strike("a3", "again", HOMS, killed(40, SOHR)),
                     strike("a2", "other", HOMS, killed(20, SOHR)))
    (total,) = totals(store.engine, Filters())
    assert total.display() == "20+"


def test_a_shared_figure_joins_incidents_for_its_own_category_only(new_db):
    # the lead and the body share the killed figure; their wounded are their own, and summed
    store = store_of(new_db(),
                     strike("a1", "lead", RAQQA, killed(80, MOD, "more_than"),
                            killed(5, MOD, category="injured")),
                     strike("a1", "body", PALMYRA, killed(80, MOD, "more_than"),
                            killed(7, MOD, category="injured")),
                     strike("a2", "other", PALMYRA, killed(32, SOHR),
                            killed(9, SOHR, category="injured")))
    got = {t.category: t.display() for t in totals(store.engine, Filters())}
    assert got == {"killed": "32+", "injured": "12–14"}  # 5 + the span of 7 and 9


def test_figures_of_different_incidents_of_one_article_are_still_summed(new_db):
    store = store_of(new_db(), strike("a1", "lead", RAQQA, killed(80, MOD, "more_than")),
                     strike("a1", "body", PALMYRA, killed(12, MOD)),
                     strike("a2", "other", PALMYRA, killed(10, SOHR)))
    (total,) = totals(store.engine, Filters())
    assert total.display() == "90+"  # 80+ and the span of 12 and 10
