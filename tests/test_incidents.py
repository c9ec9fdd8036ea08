"""One incident, many reports: the linking rules (``events.incidents``) as the store applies
them (``events.linking``), on events built here and saved in a real database."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from events.incidents import Core, Report, Spot, compatible, core_of, join
from events.linking import merge, relink, split
from events.model import Actor, Article, Claim, Event, Evidence, Place
from events.query import Filters
from events.query_losses import totals
from events.store import Store

SY = dict(country="SY", geo_precision=1, where_prec=1)
DOUMA = Place("Douma", lat=33.5722, lon=36.4025, admin1="Rif Dimashq", gazetteer_id="t:douma",
              **SY)
HARASTA = Place("Harasta", lat=33.5586, lon=36.365, admin1="Rif Dimashq",
                gazetteer_id="t:harasta", **SY)  # 3.8 km from Douma
YABROUD = Place("Yabroud", lat=33.967, lon=36.657, admin1="Rif Dimashq",
                gazetteer_id="t:yabroud", **SY)  # 50 km north, same governorate
RIF_DIMASHQ = Place("Rif Dimashq Governorate", lat=33.5, lon=36.5, kind="governorate",
                    admin1="Rif Dimashq", country="SY", geo_precision=3, where_prec=4,
                    gazetteer_id="t:gov-rd")
KILIS = Place("Kilis", lat=36.71, lon=37.11, country="TR", gazetteer_id="t:kilis")
AIR_FORCE = Actor("Syrian Air Force", role="actor1")
REBELS = Actor("Jaysh al-Islam", role="actor2")


def strike(article: str, place: Place | None = DOUMA, day: str | None = "2018-02-20",
           end: str | None = None, etype: str = "airstrike", actors: list[Actor] | None = None,
           killed: int | None = None, claimant: str | None = None) -> Event:
    claims = [Claim("killed", "civilians", "exact", killed, killed, killed, claimant=claimant)
              ] if killed is not None else []
    return Event(article_id=article, event_type=etype, event_id=f"{article}:{etype}",
                 date_start=day, date_end=end or day, location=place,
                 actors=[AIR_FORCE, REBELS] if actors is None else actors, claimant=claimant,
                 claims=claims, evidence=[Evidence(f"what {article} says", 0, 20)])


def save(store: Store, *found: Event) -> None:
    for event in found:
        store.save(Article(event.article_id, f"the text of {event.article_id} " + "-" * 40,
                           published=date(2018, 2, 21)), [event], "test")


def incident_of(store: Store) -> dict[str, str]:
    """Article id -> the id of the incident its event belongs to."""
    return {e.article_id: e.incident_id for e in store.events()}


def groups(store: Store) -> set[frozenset[str]]:
    by_incident: dict[str, set[str]] = {}
    for article, incident in incident_of(store).items():
        by_incident.setdefault(incident, set()).add(article)
    return {frozenset(v) for v in by_incident.values()}


@pytest.fixture()
def store(new_db) -> Store:
    return Store(new_db())


def test_reports_of_one_strike_from_different_articles_share_an_incident(store):
    save(store, strike("a"), strike("b", HARASTA, etype="shelling", killed=12),
         strike("c", day="2018-02-19", end="2018-02-21"))
    assert groups(store) == {frozenset("abc")}
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT reports, events, first_day, last_day, span_first, "
                                "span_last, place FROM incidents")).one()
    # the tighter interval is the incident's date; the union its uncertainty
    assert [str(v) for v in row] == ["3", "3", "2018-02-20", "2018-02-20", "2018-02-19",
                                     "2018-02-21", "Douma"]


def test_a_link_has_a_score_and_the_reasons_that_made_it(store):
    save(store, strike("a"), strike("b", HARASTA))
    with store.engine.connect() as conn:
        score, reasons = conn.execute(text(
            "SELECT link_score, link_reasons FROM events WHERE article_id = 'b'")).one()
    assert 0.5 <= score <= 1
    assert "same day: 2018-02-20" in reasons and "Douma and Harasta 4 km apart" in reasons
    assert "same actor: Syrian Air Force" in reasons


def test_two_strikes_on_different_towns_of_one_governorate_on_one_day_stay_two(store):
    save(store, strike("douma"), strike("yabroud", YABROUD))
    assert groups(store) == {frozenset(["douma"]), frozenset(["yabroud"])}


def test_a_governorate_level_report_joins_a_town_inside_it(store):
    save(store, strike("town"), strike("vague", RIF_DIMASHQ))
    assert groups(store) == {frozenset(["town", "vague"])}


def test_a_chain_of_compatible_pairs_is_no_incident_when_its_ends_disagree(store):
    # B (the governorate) fits A (Douma) and C (Yabroud); A and C are 50 km apart.
    save(store, strike("A"), strike("B", RIF_DIMASHQ), strike("C", YABROUD))
    assert groups(store) == {frozenset(["A", "B"]), frozenset(["C"])}


def test_a_chain_of_overlapping_dates_does_not_stretch_an_incident():
    a = Report("a:1", "a", "airstrike", False, date(2018, 2, 20), date(2018, 2, 20),
               Spot.of(DOUMA), "Syrian Air Force", frozenset(["Syrian Air Force"]))
    b = Report("b:1", "b", "airstrike", False, date(2018, 2, 20), date(2018, 2, 23),
               Spot.of(DOUMA), "Syrian Air Force", frozenset(["Syrian Air Force"]))
    c = Report("c:1", "c", "airstrike", False, date(2018, 2, 23), date(2018, 2, 23),
               Spot.of(DOUMA), "Syrian Air Force", frozenset(["Syrian Air Force"]))
    core: Core = join(core_of(a), b)
    assert compatible(core_of(b), c) is not None  # B~C ...
    assert compatible(core, c) is None  # ... but C is not A's day


def test_what_never_links(store):
    save(store, strike("a"),
         strike("other-day", day="2018-02-22"),
         strike("other-country", KILIS),
         strike("other-kind", etype="clash"),
         strike("placeless", None),
         strike("undated", day=None),
         strike("other-side", actors=[Actor("US-led coalition", role="actor1")]))
    assert len(groups(store)) == 7


def test_allied_actors_do_not_contradict(store):
    # outlets confuse Russian and Syrian jets; the lexicon lists their sides as allies
    save(store, strike("a"), strike("b", actors=[Actor("Russian Aerospace Forces", role="actor1")]))
    assert groups(store) == {frozenset("ab")}


def test_an_article_reports_an_incident_once(store):
    first, second = strike("a"), strike("a", HARASTA, etype="shelling")
    store.save(Article("a", "two strikes told in one article " + "-" * 20), [first, second], "t")
    save(store, strike("b"))
    assert len({e.incident_id for e in store.events()}) == 2


def test_linking_again_gives_the_same_incidents(store):
    save(store, strike("a"), strike("b", HARASTA), strike("c", YABROUD),
         strike("d", RIF_DIMASHQ, day="2018-02-21"))
    before = incident_of(store)
    with store.engine.begin() as conn:
        relink(conn)
    once = incident_of(store)
    with store.engine.begin() as conn:
        relink(conn)
    assert incident_of(store) == once
    assert groups(store) == {frozenset(["a", "b"]), frozenset(["c"]), frozenset(["d"])}
    assert set(before) == set(once)


def test_an_analysts_merge_and_split_survive_relinking_and_reingest(store):
    save(store, strike("a"), strike("b", HARASTA), strike("c", YABROUD))
    ids = incident_of(store)
    with store.engine.begin() as conn:
        merged = merge(conn, [ids["a"], ids["c"]])
        split(conn, "b:airstrike")
    for _ in range(2):
        with store.engine.begin() as conn:
            relink(conn)
        assert groups(store) == {frozenset(["a", "c"]), frozenset(["b"])}
    store.save(Article("c", "the text of c, corrected " + "-" * 40), [strike("c", YABROUD)], "v2")
    assert incident_of(store)["c"] == merged


def test_a_reextracted_article_leaves_its_incident_and_the_incident_is_rebuilt(store):
    save(store, strike("a", RIF_DIMASHQ), strike("b"))
    store.save(Article("b", "the text of b " + "-" * 40), [strike("b", YABROUD)], "v2")
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT place, reports FROM incidents")).all()
    # the incident fell back to the governorate when Douma left, so Yabroud could join it
    assert [tuple(r) for r in rows] == [("Yabroud", 2)]


def test_totals_sum_incidents_not_reports(store):
    save(store, strike("sana", killed=10, claimant="SANA"),
         strike("sohr", HARASTA, killed=14, claimant="SOHR"),
         strike("far", YABROUD, killed=3, claimant="SOHR"))
    (killed,) = totals(store.engine, Filters())
    assert killed.display() == "13–17"  # [10, 14] for the one strike + 3 for the other
    assert killed.multi_report_incidents == 1


def test_every_event_read_back_names_its_incident(store):
    save(store, strike("a"), strike("undated", day=None))
    assert all(e.incident_id and e.to_dict()["incident_id"] for e in store.events())


def test_the_timeline_draws_one_bar_per_incident_at_the_incidents_date(store):
    from events.query_timeline import timeline_counts, timeline_rows

    save(store, strike("a", day="2018-02-19", end="2018-02-21"), strike("b", HARASTA),
         strike("c", YABROUD))
    bars = timeline_rows(store.engine, Filters())
    assert sorted(bars["reports"]) == [1, 2] and len(bars) == 2
    shared = bars[bars["reports"] == 2].iloc[0]
    assert (str(shared["start"].date()), str(shared["finish"].date())) == \
        ("2018-02-20", "2018-02-21")  # the tighter day, drawn one day long
    assert timeline_counts(store.engine, Filters(), "D")["incidents"].sum() == 2


def test_an_event_extracted_again_founds_a_new_incident_when_its_old_one_lives_on(store):
    save(store, strike("a"), strike("b"))  # b joins a's incident... founded by a's event
    store.save(Article("a", "the text of a, first corrected " + "-" * 40),
               [strike("a", YABROUD)], "v2")  # a leaves: b keeps the incident a founded
    store.save(Article("a", "the text of a, corrected again " + "-" * 40),
               [strike("a", KILIS)], "v3")
    assert groups(store) == {frozenset("a"), frozenset("b")}
    assert len(set(incident_of(store).values())) == 2


def test_the_map_draws_one_marker_per_incident_with_its_report_count(store):
    from events.query_map import marker_rows, one_per_incident

    save(store, strike("a"), strike("b", HARASTA), strike("c", YABROUD))
    markers = one_per_incident(marker_rows(store.engine, Filters()))
    assert sorted(markers["reports"]) == [1, 2]
    shared = markers[markers["reports"] == 2].iloc[0]
    assert sorted(i.split(":")[0] for i in shared["report_ids"]) == ["a", "b"]
