"""The Losses page reads two of its parts bare, and shows exactly what the full objects show.

- The incident list's lines (``loss_lines``) are made from the figures query's rows, without a
  `Figure` or `Span` per row; the reference is the way they were made before: `figures_of`,
  `spans` and one `_line` per category. Same lines, same contested categories, same order.
- The claims table's targets and evidence (``claim_sources``) are read from the stored JSON and
  the article's text, without building the events; the reference is the table made from the
  events ``Store.events_by_id`` opens. Same table (values and column types).

Random archives (seeded) on SQLite and PostgreSQL: reports of one strike in several articles
(incidents with several figures, contested or not), open and approximate figures, claims with
no claimant, targets named or not (an actor2, or the role left at its default), evidence
sentences cut from the article's text and sentences kept in the JSON, claims inside one
evidence sentence, inside none, or matching no claim of the event.
"""
from __future__ import annotations

import random
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import select

from events.claim_groups import grouped_claims
from events.model import QUALIFIERS, Actor, Claim, Event, Evidence, Place
from events.query import Filters
from events.query_incidents import (figures_of, incidents, incidents_with_losses,
                                    incidents_with_losses_of, loss_lines, spans)
from events.query_losses import claim_sources, claims_table, killed_claimed, totals
from events.query_losses_view import BY_GROUP, claims_page, losses_view
from tests.conftest import store_with

PLACES = [Place("Idlib", "إدلب", 35.93, 36.63, country="SY"),
          Place("Hama", "حماة", 35.13, 36.75, country="SY")]
CLAIMANTS = ["official sources", "Syrian Observatory for Human Rights", "White Helmets", None]
FILTERS = (Filters(), Filters(include_background=True),
           Filters(start=date(2017, 5, 30), end=date(2017, 5, 30)),
           Filters(claimants=("White Helmets",)), Filters(actors=("Ahrar al-Sham",)))


def text_of(article_id: str) -> str:
    """The article text `store_with` stores."""
    return f"text of {article_id} " + "x" * 200


def random_claim(rng: random.Random) -> Claim:
    qualifier = rng.choice(QUALIFIERS + ("exact",) * 4)
    low = rng.choice([None, rng.randint(0, 40), rng.randint(0, 3)])
    high = rng.choice([None, None, (low or 0) + rng.randint(0, 30)])
    start = rng.randint(0, 150)
    return Claim(rng.choice(["killed", "injured", "captured"]),
                 rng.choice(["civilians", "fighters", "unknown"]), qualifier, low,
                 rng.choice([None, rng.randint(1, 60)]), high, text=f"{low}",
                 start=start, end=start + rng.randint(0, 20), claimant=rng.choice(CLAIMANTS))


def random_evidence(rng: random.Random, article_id: str) -> list[Evidence]:
    out = []
    for _ in range(rng.randint(0, 3)):
        start = rng.randint(0, 120)
        end = start + rng.randint(0, 80)
        sentence = (text_of(article_id)[start:end] if rng.random() < 0.6  # cut from the text
                    else f"a sentence of its own {rng.randint(0, 9)}")  # kept in the JSON
        out.append(Evidence(sentence, start, end))
    return out


def random_actors(rng: random.Random) -> list[Actor]:
    out = [Actor("Syrian Air Force", "الطيران السوري")]  # role left at its default
    if rng.random() < 0.7:
        out.append(Actor(rng.choice(["Ahrar al-Sham", "civilians of Idlib"]), None, "actor2"))
    if rng.random() < 0.3:
        out.append(Actor("Free Syrian Army", None, "actor2"))
    return out


def random_archive(seed: int) -> list[Event]:
    rng = random.Random(seed)
    found = []
    for a in range(rng.randint(6, 14)):
        article_id = f"a{a}"
        shared = [random_claim(rng) for _ in range(2)]  # told again in the article's events
        for n in range(rng.randint(1, 3)):
            day = date(2017, 5, rng.randint(28, 31)).isoformat()
            figures = [random_claim(rng) for _ in range(rng.randint(0, 3))]
            figures += rng.sample(shared, rng.randint(0, 2))
            found.append(Event(
                article_id=article_id, event_type=rng.choice(["airstrike", "shelling"]),
                event_id=f"{article_id}:e{n}", date_start=day, date_end=day,
                location=rng.choice(PLACES), actors=random_actors(rng), claims=figures,
                background=rng.random() < 0.1, evidence=random_evidence(rng, article_id)))
    return found


def lines_as_before(conn, incident_ids: list[str]) -> dict[str, tuple[str, str]]:
    """The list's two columns as `incidents_with_losses_of` made them before `loss_lines`."""
    found = figures_of(conn, incident_ids)
    out = {}
    for incident_id in incident_ids:
        by_category = sorted(spans(found.get(incident_id, [])).items())
        out[incident_id] = (
            " | ".join(f"{c}: " + " · ".join(f"{f.claimant} {f.display()}" for f in s.figures)
                       for c, s in by_category),
            ", ".join(c for c, s in by_category if s.contested))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_the_incident_lists_lines_are_the_figures_spans(new_db, seed):
    store = store_with(new_db(), random_archive(300 + seed))
    with store.engine.connect() as conn:
        every = list(conn.execute(select(incidents.c.incident_id)).scalars())
        several = conn.execute(select(incidents.c.incident_id)
                               .where(incidents.c.reports > 1)).scalars().all()
        assert several, "an archive with incidents reported by several articles"
        for asked in (every, every[:3], several, every[::-2]):
            # figures are filed under the first incident of the claim's key: what is asked
            # decides which figures an incident shows, the same way in both
            expected = {i: lines for i, lines in lines_as_before(conn, asked).items()
                        if any(lines)}
            assert loss_lines(conn, asked) == expected
    for f in FILTERS:
        for limit in (1, 4, 1000):
            frame = incidents_with_losses(store.engine, f, limit)
            with store.engine.connect() as conn:
                expected = lines_as_before(conn, list(frame["incident_id"]))
            for row in frame.itertuples():
                assert (row.claims, row.contested) == expected[row.incident_id]
            with grouped_claims(store.engine, f) as (conn, d):
                assert incidents_with_losses_of(conn, d, limit).equals(frame)


@pytest.mark.parametrize("seed", range(6))
def test_the_claims_tables_sources_are_the_opened_events(new_db, seed):
    store = store_with(new_db(), random_archive(400 + seed))
    for f in FILTERS:
        with grouped_claims(store.engine, f) as (conn, d):
            conn.execute(BY_GROUP)
            rows = [r._asdict() for r in conn.execute(claims_page(d))]
            read = claim_sources(conn, [r["event_id"] for r in rows])
        opened = claims_table(rows, store.events_by_id)
        bare = claims_table(rows, sources=read)
        pd.testing.assert_frame_equal(bare, opened)
        assert bare.equals(opened)
        for chosen in ((), ("killed",), ("injured", "captured")):
            page = losses_view(store.engine, f, chosen, sources=True)
            before = losses_view(store.engine, f, chosen, load=store.events_by_id)
            pd.testing.assert_frame_equal(page.claims, before.claims)
            pd.testing.assert_frame_equal(page.incidents, before.incidents)
            assert (page.categories, page.by_category, page.by_claimant) == (
                before.categories, before.by_category, before.by_claimant)


def test_the_tables_evidence_is_the_claims_sentence_and_its_target_the_struck(new_db):
    text = text_of("a1")
    event = Event(article_id="a1", event_type="airstrike", event_id="a1:e0",
                  date_start="2017-05-30", date_end="2017-05-30", location=PLACES[0],
                  actors=[Actor("Syrian Air Force", None), Actor("Ahrar al-Sham", None, "actor2")],
                  claims=[Claim("killed", "fighters", "exact", 7, 7, 7, "7", 30, 31)],
                  evidence=[Evidence(text[0:20], 0, 20), Evidence(text[20:60], 20, 60)])
    store = store_with(new_db(), [event])
    page = losses_view(store.engine, Filters(), sources=True)
    row = page.claims.iloc[0]
    assert (row["target"], row["evidence"]) == ("Ahrar al-Sham", text[20:60])
    assert claims_table([]).empty and claims_table([], sources={}).empty


def test_events_gone_leave_the_target_to_the_claim_and_no_evidence(new_db):
    store = store_with(new_db(), random_archive(7))
    with grouped_claims(store.engine, Filters()) as (conn, d):
        conn.execute(BY_GROUP)
        rows = [r._asdict() for r in conn.execute(claims_page(d))]
    bare = claims_table(rows, sources={})
    assert list(bare["target"]) == [r["who"] for r in rows]
    assert set(bare["evidence"]) == {""}
    pd.testing.assert_frame_equal(bare, claims_table(rows, lambda ids: {}))


@pytest.mark.parametrize("seed", range(4))
def test_the_headers_killed_figure_is_the_sql_total(new_db, seed):
    store = store_with(new_db(), random_archive(500 + seed))
    for f in FILTERS:
        killed = totals(store.engine, f, categories=("killed",))
        assert killed_claimed(store.engine, f) == (killed[0].display() if killed else "0")
