"""The seed article as the acceptance example of issue 3, (a)–(h).

Published 2017-06-02 (estimated; see data/articles/000_52d545aa72dbd2d1.json). Every event
must appear once, every claim once across the whole article, and every evidence span must
point at the right text of the article as written.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from events.extract.pipeline import extract, find_place_mentions
from events.model import Event

SEED = Path(__file__).resolve().parents[1] / "data" / "articles" / "000_52d545aa72dbd2d1.txt"
PUBLISHED = date(2017, 6, 2)


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def events(text: str) -> list[Event]:
    return extract(text, published=PUBLISHED, article_id="000_52d545aa72dbd2d1")


def names(e: Event, *roles: str) -> set[str]:
    return {a.name for a in e.actors if not roles or a.role in roles}


def of(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.event_type == etype]


def claimants(e: Event) -> list[str]:
    return (e.claimant or "").split("; ")


def the_strike(events: list[Event]) -> Event:
    found = [e for e in of(events, "airstrike") if any(c.category == "killed" for c in e.claims)]
    assert len(found) == 1, "the strike that killed 80+ must be one event"
    return found[0]


# (a) the strike on the convoys: one event, Russian Aerospace Forces vs Islamic State
def test_a_strike_actors_and_claimant(events):
    e = the_strike(events)
    assert e.modality == "actual"
    assert "Russian Aerospace Forces" in names(e, "actor1")
    assert "Islamic State" in names(e, "actor2")
    assert claimants(e)[0] == "Russian Ministry of Defence"


def test_a_strike_is_on_the_raqqa_palmyra_route(events):
    e = the_strike(events)
    assert e.origin is not None and e.origin.name == "Raqqa"
    assert e.destination is not None and e.destination.name == "Tadmur"
    assert e.location is not None and e.location.where_prec == 5
    assert e.location.kind == "route"
    assert 34.5 < e.location.lat < 36.0 and 38.2 < e.location.lon < 39.1  # between the two


def test_a_strike_date_is_within_the_uncertain_window(events):
    e = the_strike(events)
    assert e.date_start is not None and e.date_end is not None
    assert "2017-05-29" <= e.date_start <= e.date_end <= "2017-06-01"
    assert e.date_text and e.time_precision in (1, 2)


def test_a_claims_each_exactly_once_across_the_article(events):
    claims = [c for e in events for c in e.claims]
    by_cat = {}
    for c in claims:
        by_cat.setdefault(c.category, []).append(c)
    assert [(c.qualifier, c.low, c.best) for c in by_cat["killed"]] == [("more_than", 80, None)]
    assert [c.best for c in by_cat["vehicles_destroyed"]] == [36]
    assert [c.best for c in by_cat["tankers_destroyed"]] == [8]
    assert [c.best for c in by_cat["technicals_destroyed"]] == [17]
    strike = the_strike(events)
    assert all(c in strike.claims for cats in by_cat.values() for c in cats
               if c.category in ("killed", "vehicles_destroyed", "tankers_destroyed",
                                 "technicals_destroyed"))
    assert all(c.claimant == "Russian Ministry of Defence" for c in strike.claims)


def test_a_repeated_claim_keeps_both_sentences_as_evidence(events, text):
    e = the_strike(events)
    sentences = [text[v.start:v.end] for v in e.evidence]
    assert any(s.startswith("أعلنت وزارة الدفاع الروسية") for s in sentences)  # the lead
    assert any(s.startswith("خسائر داعش") for s in sentences)  # the quoted statement


def test_a_killed_claim_span_points_at_the_number(events, text):
    c = next(c for c in the_strike(events).claims if c.category == "killed")
    assert text[c.start:c.end] == c.text
    assert "80" in c.text


# (b) the first convoy, 25 May
def test_b_first_convoy_strike_on_25_may(events):
    found = [e for e in of(events, "airstrike") if e.date_start == "2017-05-25"]
    assert len(found) == 1
    e = found[0]
    assert e.date_end == "2017-05-25" and e.date_prec == 1 and e.time_precision == 1
    assert "Russian Aerospace Forces" in names(e, "actor1")
    assert e.origin.name == "Raqqa" and e.destination.name == "Tadmur"
    assert not e.claims  # the 80 killed belong to the later strike
    assert len(of(events, "airstrike")) == 2
    # Lavrov's "القوات الروسية قصفت مواكبهم" re-tells the strike: no third strike event
    assert not of(events, "shelling")


# (c) the convoys of 29–30 May, attempted
def test_c_convoys_leaving_raqqa_toward_palmyra_attempted(events):
    found = [e for e in of(events, "movement") if e.date_start == "2017-05-29"]
    assert len(found) == 1
    e = found[0]
    assert e.modality == "attempted"
    assert e.date_end == "2017-05-30"
    assert "Islamic State" in names(e, "actor1")
    assert e.origin is not None and e.origin.name == "Raqqa"
    assert e.destination is not None and e.destination.name == "Tadmur"


# (d) crossing the Euphrates despite the encirclement
def test_d_crossing_the_euphrates_despite_encirclement(events):
    found = [e for e in of(events, "movement") if any(v.name == "Euphrates" for v in e.via)]
    assert len(found) == 1
    e = found[0]
    assert e.modality == "actual"
    assert "Islamic State" in names(e, "actor1")
    assert {"Syrian Democratic Forces", "US/French/British special forces"} <= names(e)
    assert e.origin.name == "Raqqa"


# (e) the alleged ISIS–Kurdish agreement
def test_e_alleged_agreement_isis_and_the_kurds(events):
    found = of(events, "agreement")
    assert len(found) == 1
    e = found[0]
    assert e.modality == "alleged"
    assert "Islamic State" in names(e)
    assert names(e) & {"Kurdish forces", "Syrian Democratic Forces"}
    assert {"Russian Ministry of Defence", "Sergey Lavrov"} <= set(claimants(e))
    assert e.origin.name.startswith("Raqqa") and e.destination.name == "Tadmur"


# (f) Lavrov's press conference in Moscow, 31 May
def test_f_lavrov_press_conference_in_moscow(events):
    found = of(events, "statement")
    assert len(found) == 1
    e = found[0]
    assert names(e, "actor1") == {"Sergey Lavrov"}
    assert e.location is not None and e.location.name == "Moscow"
    assert e.date_start == e.date_end == "2017-05-31"


# (g) the SDF launch "Wrath of the Euphrates" on 6 November 2016, with the coalition
def test_g_wrath_of_the_euphrates_launch(events):
    found = of(events, "operation_launch")
    assert len(found) == 1
    e = found[0]
    assert e.date_start == e.date_end == "2016-11-06"
    assert "Syrian Democratic Forces" in names(e, "actor1")
    assert "US-led coalition" in names(e, "associated")
    assert e.location is not None and e.location.name == "Raqqa"
    assert not any(a.name == "Islamic State" and a.role == "actor1" for a in e.actors)


# (h) the Russian measures to keep ISIS from leaving toward Homs and Hama governorates
def test_h_measures_keep_isis_from_leaving_toward_homs_and_hama(events):
    found = [e for e in of(events, "movement") if e.modality in ("prevented", "planned")]
    assert len(found) == 1
    e = found[0]
    assert "Islamic State" in names(e, "actor1")
    assert any(n.startswith("Russian") for n in names(e, "actor2"))
    assert e.origin.name == "Raqqa"
    assert e.destination is not None and e.destination.where_prec == 5
    assert e.destination.name == "Homs Governorate and Hama Governorate"


# Across the article
def test_no_place_syria_from_the_sdf_name(text):
    for p in find_place_mentions(text):
        if p.place and p.place.name == "Syria":
            assert "قوات" not in text[max(0, p.start - 6):p.start]
    sdf = [i for i in range(len(text)) if text.startswith("قوات سوريا الديمقراطية", i)]
    spans = [(p.start, p.end) for p in find_place_mentions(text)]
    assert sdf and not any(s <= i + 5 < e for i in sdf for s, e in spans)


def test_no_event_is_located_in_syria_because_of_the_sdf(events):
    for e in events:
        for p in (e.location, e.origin, e.destination):
            assert p is None or p.name != "Syria"


def test_every_evidence_span_is_the_article_text(events, text):
    for e in events:
        assert e.evidence
        for v in e.evidence:
            assert text[v.start:v.end] == v.sentence
        for c in e.claims:
            assert text[c.start:c.end] == c.text


def test_ids_are_assigned_unique_and_stable(events, text):
    ids = [e.event_id for e in events]
    assert all(ids) and len(set(ids)) == len(ids)
    again = extract(text, published=PUBLISHED, article_id="000_52d545aa72dbd2d1")
    assert [e.event_id for e in again] == ids


def test_each_event_once(events):
    keys = [(e.event_type, e.modality, e.date_start, e.location and e.location.name,
             tuple(sorted(names(e)))) for e in events]
    assert len(keys) == len(set(keys))
    assert 8 <= len(events) <= 10
