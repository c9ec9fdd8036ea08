"""Two claimants' figures for one event of one article are set side by side, never summed.

"Air strikes killed 16 civilians, officials said; the Observatory said 18 were killed" is one
strike with two accounts of its dead: the header reads 16–18, not 34 (Airwars' way: each
belligerent's claim beside the other's). One claimant's figures of different victims in one event
("5 soldiers and 3 civilians") still add up, and so do the figures of an article's different
events. Specifications of ``events.query_losses`` on a real database (SQLite, then PostgreSQL).
"""
from __future__ import annotations

from events.model import Actor, Claim, Event, Evidence, Place
from events.query import Filters
from events.query_losses import both_totals, killed_claimed, totals
from events.query_losses_view import losses_view
from tests.conftest import store_with

IDLIB = Place("Idlib", "إدلب", 35.93, 36.63, country="SY")
HAMA = Place("Hama", "حماة", 35.13, 36.75, country="SY")
JETS = [Actor("Syrian Air Force", "الطيران السوري", "actor1")]
OFFICIALS, SOHR = "official sources", "Syrian Observatory for Human Rights"


def strike(article: str, name: str, place: Place, *figures: Claim) -> Event:
    return Event(article_id=article, event_type="airstrike", event_id=f"{article}:{name}",
                 date_start="2017-05-30", date_end="2017-05-30", location=place, actors=JETS,
                 claims=list(figures), evidence=[Evidence(f"sentence {name}", 0, 40)])


def killed(n: int, claimant: str | None, who: str = "civilians") -> Claim:
    return Claim("killed", who, "exact", n, n, n, claimant=claimant, start=0, end=10)


def test_two_claimants_figures_for_one_strike_are_a_span(new_db):
    store = store_with(new_db(), [strike("a1", "idlib", IDLIB, killed(16, OFFICIALS),
                                         killed(18, SOHR))])
    assert killed_claimed(store.engine, Filters()) == "16–18"
    assert {t.claimant: t.display() for t in totals(store.engine, Filters(), True)} == {
        OFFICIALS: "16", SOHR: "18"}
    page = losses_view(store.engine, Filters())
    assert [t.display() for t in page.by_category] == ["16–18"]
    assert (page.by_category, page.by_claimant) == both_totals(store.engine, Filters())


def test_one_claimants_figures_of_different_victims_add_up(new_db):
    store = store_with(new_db(), [strike("a1", "idlib", IDLIB, killed(5, SOHR, "soldiers"),
                                         killed(3, SOHR))])
    assert killed_claimed(store.engine, Filters()) == "8"


def test_figures_of_an_articles_different_events_add_up_whoever_claims_them(new_db):
    store = store_with(new_db(), [strike("a1", "idlib", IDLIB, killed(5, SOHR)),
                                  strike("a1", "hama", HAMA, killed(3, OFFICIALS))])
    assert killed_claimed(store.engine, Filters()) == "8"
