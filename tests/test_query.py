"""The dashboard's rules, as specifications of ``events.query`` and ``events.query_losses``.

Built on events constructed here (varied: dated, undated, one-sided dates, routes, governorate-level
places, several articles about one strike), saved in a real database in a temp dir, so the rules
do not depend on extraction and are checked as the SQL that the dashboard runs.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from events.model import Actor, Article, Claim, Event, Evidence, Place
from events.query import (
    CLUSTER_LIMIT, MARKER_LIMIT, NO_PLACE, Filters, level_of_detail, options, select,
    shift_window, summary,
)
from events.query_incidents import incidents_with_losses
from events.query_losses import (both_totals, categories, claim_range, claims_frame, killed_claimed,
                                 totals)
from events.query_losses_view import losses_view
from events.query_map import grid_cells, points
from events.query_timeline import timeline_counts, timeline_rows
from events.store import Store
from tests.conftest import store_with

RAQQA = Place("Raqqa", "الرقة", 35.95, 39.01)
PALMYRA = Place("Palmyra", "تدمر", 34.56, 38.27)
IDLIB = Place("Idlib Governorate", "محافظة إدلب", 35.8, 36.6, kind="governorate", geo_precision=3)
RU = Actor("Russian Aerospace Forces", "القوات الجوية الروسية", "actor1")
IS = Actor("Islamic State", "داعش", "actor2")
SDF = Actor("SDF", "قوات سوريا الديمقراطية", "actor1")
MOD = "Russian Ministry of Defence"


def ev(eid: str, etype: str = "airstrike", start: str | None = "2017-05-30",
       end: str | None = "2017-05-30", article: str = "a1", **kw) -> Event:
    kw.setdefault("actors", [RU, IS])
    kw.setdefault("evidence", [Evidence(f"sentence {eid}", 0, 100)])
    return Event(article_id=article, event_type=etype, event_id=f"{article}:{eid}",
                 date_start=start, date_end=end, **kw)


def stored(events: list[Event], url: str) -> Engine:
    """A real database (``new_db()``: SQLite, then PostgreSQL) holding the events, one article
    per article id."""
    return store_with(url, events).engine


def claims_of(events: list[Event], url: str) -> tuple[Engine, pd.DataFrame]:
    engine = stored(events, url)
    return engine, claims_frame(engine, Filters(include_background=True),
                                load=lambda ids: {})


def killed(q: str, low=None, best=None, high=None, claimant=MOD, category="killed") -> Claim:
    return Claim(category=category, who="fighters", qualifier=q, low=low, best=best, high=high,
                 claimant=claimant, start=10, end=20)


@pytest.fixture()
def table(new_db):
    return stored([
        ev("strike", location=RAQQA, claimant=MOD),
        ev("convoy", "movement", "2017-05-29", "2017-05-30", origin=RAQQA, destination=PALMYRA,
           actors=[Actor("Islamic State", "داعش", "actor1")], modality="attempted"),
        ev("long", "clash", "2017-05-01", "2017-06-30", location=IDLIB, actors=[SDF, IS]),
        ev("undated", "agreement", None, None, modality="alleged", claimant="Sergey Lavrov"),
        ev("start-only", "statement", "2017-05-31", None, location=Place("Moscow", lat=55.7,
                                                                           lon=37.6)),
        ev("old", "operation_launch", "2016-11-06", "2016-11-06", actors=[SDF], location=RAQQA),
    ], new_db())


def ids(frame: pd.DataFrame) -> set[str]:
    return {i.split(":", 1)[1] for i in frame["event_id"]}


# --- date window ---------------------------------------------------------------------------

def test_an_event_counts_when_its_interval_overlaps_the_window(table):
    in_view = select(table, Filters(start=date(2017, 6, 10), end=date(2017, 6, 20)))
    assert "long" in ids(in_view)  # May 1 - June 30 overlaps June 10-20
    assert "strike" not in ids(in_view)


def test_window_edges_are_inclusive(table):
    assert "convoy" in ids(select(table, Filters(start=date(2017, 5, 30), end=date(2017, 5, 30))))
    assert "convoy" in ids(select(table, Filters(start=date(2017, 5, 20), end=date(2017, 5, 29))))
    assert "convoy" not in ids(select(table, Filters(start=date(2017, 5, 31),
                                                     end=date(2017, 6, 5))))


def test_a_one_sided_date_is_a_single_day(table):
    assert "start-only" in ids(select(table, Filters(start=date(2017, 5, 31),
                                                     end=date(2017, 5, 31))))
    assert "start-only" not in ids(select(table, Filters(start=date(2017, 6, 1),
                                                         end=date(2017, 6, 9))))


def test_undated_events_are_kept_in_every_window_unless_excluded(table):
    window = Filters(start=date(2010, 1, 1), end=date(2010, 1, 2))
    assert ids(select(table, window)) == {"undated"}
    assert ids(select(table, Filters(start=date(2010, 1, 1), end=date(2010, 1, 2),
                                     include_undated=False))) == set()


def test_no_window_shows_everything(table):
    assert len(select(table, Filters())) == 6


# --- other filters --------------------------------------------------------------------------

def test_actor_filter_matches_any_role(table):
    assert ids(select(table, Filters(actors=("Islamic State",)))) == \
        {"strike", "convoy", "long", "undated", "start-only"}
    assert ids(select(table, Filters(actors=("SDF",)))) == {"long", "old"}


def test_an_actor_is_found_alike_in_a_narrow_window_and_a_wide_one(table):
    # two forms of one condition for the planner (events.query._named): checked per event in a
    # window of up to a year, the actor's events read first over longer spans
    narrow = Filters(start=date(2016, 11, 1), end=date(2017, 6, 30), actors=("SDF",))
    wide = Filters(start=date(2015, 1, 1), end=date(2018, 1, 1), actors=("SDF",))
    assert ids(select(table, narrow)) == ids(select(table, wide)) == {"long", "old"}
    assert summary(table, narrow) == summary(table, wide)


def test_type_modality_and_claimant_filters_combine_with_and(table):
    assert ids(select(table, Filters(event_types=("movement", "agreement")))) == \
        {"convoy", "undated"}
    assert ids(select(table, Filters(event_types=("movement", "agreement"),
                                     modalities=("alleged",)))) == {"undated"}
    assert ids(select(table, Filters(claimants=(MOD,)))) == {"strike"}


def test_precision_filter_drops_coarse_and_placeless_events(table):
    exact = ids(select(table, Filters(max_precision=1)))
    assert "long" not in exact and "undated" not in exact  # governorate / no place
    assert "convoy" not in exact  # "between Raqqa and Palmyra" is not an exact place
    assert "long" in ids(select(table, Filters(max_precision=3)))
    assert "undated" in ids(select(table, Filters(max_precision=NO_PLACE)))


def test_a_route_event_is_drawn_between_its_ends(table):
    convoy = select(table, Filters()).set_index("event_id").loc["a1:convoy"]
    assert convoy["is_route"] and convoy["place"] == "between Raqqa and Palmyra"
    assert convoy["lat"] == pytest.approx((35.95 + 34.56) / 2)


def test_a_route_location_counts_as_a_route(new_db):
    between = Place("between Raqqa and Palmyra", lat=35.2, lon=38.6, kind="route",
                    geo_precision=2, where_prec=5)
    row = select(stored([ev("s", location=between, origin=RAQQA, destination=PALMYRA)],
                        new_db()), Filters())
    assert bool(row.loc[0, "is_route"]) and row.loc[0, "place"] == "between Raqqa and Palmyra"


def test_joined_claimants_are_filtered_one_by_one(new_db):
    table = stored([ev("a", claimant=f"{MOD}; Sergey Lavrov"), ev("b", claimant=MOD)], new_db())
    assert ids(select(table, Filters(claimants=("Sergey Lavrov",)))) == {"a"}
    assert options(table).claimants == [MOD, "Sergey Lavrov"]


def test_options_offer_arabic_names_and_the_data_span(table):
    opts = options(table)
    assert opts.actors["Islamic State"] == "Islamic State — داعش"
    assert opts.first_day == date(2016, 11, 6) and opts.last_day == date(2017, 6, 30)
    assert "Sergey Lavrov" in opts.claimants and "movement" in opts.event_types


def test_summary_counts_articles_events_and_undated(table):
    s = summary(table, Filters())
    assert (s["events"], s["articles"], s["undated"]) == (6, 1, 1)


# --- level of detail and the time axis ------------------------------------------------------

def test_level_of_detail_thresholds():
    assert level_of_detail(0) == level_of_detail(MARKER_LIMIT) == "markers"
    assert level_of_detail(MARKER_LIMIT + 1) == level_of_detail(CLUSTER_LIMIT) == "cluster"
    assert level_of_detail(CLUSTER_LIMIT + 1) == "grid"


def test_grid_cells_keep_every_event_and_stay_under_the_cap():
    n = 30_000
    frame = pd.DataFrame({"lat": [30 + (i % 173) * 0.05 for i in range(n)],
                          "lon": [35 + (i % 311) * 0.03 for i in range(n)]})
    cells = grid_cells(frame, max_cells=500)
    assert len(cells) <= 500 and cells["count"].sum() == n
    assert (cells["south"] <= cells["lat"]).all() and (cells["lat"] <= cells["north"]).all()


def test_timeline_bars_cover_whole_days_and_lanes_switch(table):
    rows = timeline_rows(table, Filters(), lane="actor")
    rows["event_id"] = [i.split(":", 1)[1] for i in rows["event_id"]]
    rows = rows.set_index("event_id")
    assert "undated" not in rows.index  # no bar without a date; the page lists it apart
    assert rows.loc["strike", "finish"] - rows.loc["strike", "start"] == pd.Timedelta(days=1)
    assert rows.loc["convoy", "lane"] == "Islamic State"
    by_type = timeline_rows(table, Filters(), lane="type")
    assert by_type.set_index("event_id").loc["a1:convoy", "lane"] == "movement"


def test_timeline_counts_aggregate_by_day_or_week(table):
    weekly = timeline_counts(table, Filters())  # the data spans > 6 months
    assert weekly.attrs["freq"] == "W" and weekly["incidents"].sum() == 5
    daily = timeline_counts(table, Filters(), "D")
    assert daily[daily["period"] == pd.Timestamp("2017-05-30")]["incidents"].sum() == 1


def test_shift_window_keeps_width_and_stays_inside_the_data():
    bounds = (date(2017, 5, 1), date(2017, 5, 31))
    assert shift_window((date(2017, 5, 10), date(2017, 5, 12)), 1, bounds) == \
        (date(2017, 5, 11), date(2017, 5, 13))
    assert shift_window((date(2017, 5, 28), date(2017, 5, 30)), 5, bounds) == \
        (date(2017, 5, 29), date(2017, 5, 31))
    assert shift_window((date(2017, 5, 2), date(2017, 5, 4)), -7, bounds) == \
        (date(2017, 5, 1), date(2017, 5, 3))


# --- losses ---------------------------------------------------------------------------------

@pytest.mark.parametrize("q, low, best, high, expected", [
    ("more_than", 80, None, None, (80, None, False)),
    ("exact", 36, 36, 36, (36, 36, False)),
    ("exact", None, 8, None, (8, 8, False)),
    ("about", None, 30, None, (30, 30, True)),
    ("exact", 12, None, 20, (12, 20, False)),
    ("up_to", None, None, 50, (0, 50, False)),
    ("vague", 10, None, None, (10, None, False)),
])
def test_each_claim_becomes_a_range(q, low, best, high, expected):
    assert claim_range(q, low, best, high) == expected


def seed_like_claims() -> list[Claim]:
    return [killed("more_than", 80), killed("exact", 36, 36, 36, category="vehicles_destroyed"),
            killed("exact", 8, 8, 8, category="tankers_destroyed"),
            killed("exact", 17, 17, 17, category="technicals_destroyed")]


def test_a_claim_repeated_within_an_article_counts_once(new_db):
    # the lead and the quoted statement as two events carrying the same claims
    lead = ev("lead", "airstrike", "2017-05-31", "2017-06-01", claims=seed_like_claims())
    quote = ev("quote", "airstrike", "2017-05-29", "2017-05-30", claims=seed_like_claims())
    engine, claims = claims_of([lead, quote], new_db())
    assert list(claims["estimate"]).count("80+") == 1
    assert sorted(claims["estimate"]) == sorted(["80+", "36", "8", "17"])
    assert set(claims["repeats"]) == {2}
    assert {t.category: t.display() for t in totals(engine, Filters())} == {
        "killed": "80+", "vehicles_destroyed": "36", "tankers_destroyed": "8",
        "technicals_destroyed": "17"}


def test_different_articles_about_one_event_are_side_by_side_not_summed(new_db):
    a = ev("a", location=RAQQA, article="a1", claims=[killed("exact", 40, 40, 40)])
    b = ev("b", location=RAQQA, article="a2", claims=[killed("exact", 60, 60, 60)])
    engine, claims = claims_of([a, b], new_db())
    assert len(claims) == 2 and set(claims["reports"]) == {2}
    assert all("not summed" in n for n in claims["note"])
    (total,) = totals(engine, Filters())
    assert total.display() == "40–60" and total.multi_report_incidents == 1


def test_distinct_events_are_summed_and_open_bounds_stay_open(new_db):
    a = ev("a", location=RAQQA, claims=[killed("more_than", 80)])
    b = ev("b", location=PALMYRA, article="a2", claims=[killed("about", best=30)])
    c = ev("c", location=IDLIB, start="2017-07-01", end="2017-07-01",
           claims=[killed("exact", 12, None, 20)])
    engine = stored([a, b, c], new_db())
    (total,) = totals(engine, Filters())
    assert (total.low, total.high) == (122, None) and total.display() == "122+"
    closed = totals(stored([b, c], new_db()), Filters())[0]
    assert closed.display() == "42–50"
    assert killed_claimed(engine, Filters()) == "122+"


def test_totals_per_claimant_keep_claimants_apart(new_db):
    a = ev("a", location=RAQQA, claims=[killed("more_than", 80)])
    b = ev("b", location=RAQQA, article="a2", start="2017-06-05", end="2017-06-05",
           claims=[killed("exact", 5, 5, 5, claimant="SOHR")])
    engine = stored([a, b], new_db())
    per = {(t.claimant, t.category): t.display() for t in totals(engine, Filters(), True)}
    assert per == {(MOD, "killed"): "80+", ("SOHR", "killed"): "5"}


def test_the_losses_pages_totals_in_one_statement_are_the_same_totals(new_db):
    a = ev("a", location=RAQQA, claims=[killed("more_than", 80), killed("exact", 3, 3, 3,
                                                                       category="injured")])
    b = ev("b", location=RAQQA, article="a2", claims=[killed("exact", 5, 5, 5, claimant="SOHR")])
    c = ev("c", location=IDLIB, article="a3", start="2017-07-01", end="2017-07-01",
           claims=[killed("about", best=30)])
    old = ev("old", location=IDLIB, article="a4", start="2001-07-01", end="2001-07-01",
             claims=[killed("exact", 9, 9, 9)], background=True)
    engine = stored([a, b, c, old], new_db())
    for f in (Filters(), Filters(include_background=True)):
        for chosen in ((), ("killed",)):
            assert both_totals(engine, f, chosen) == (
                totals(engine, f, categories=chosen), totals(engine, f, True, chosen))
    assert both_totals(stored([], new_db()), Filters()) == ([], [])


def test_the_losses_page_grouping_its_claims_once_shows_what_each_part_shows_alone(new_db):
    lead = ev("lead", location=RAQQA, claims=seed_like_claims())
    quote = ev("quote", location=RAQQA, start="2017-05-29", end="2017-05-30",
               claims=seed_like_claims())  # repeats the lead's claims: counted once
    other = ev("b", location=RAQQA, article="a2",  # the same strike: side by side, not summed
               claims=[killed("exact", 32, 32, 32, claimant="SOHR")])
    far = ev("c", location=IDLIB, article="a3", start="2017-07-01", end="2017-07-01",
             claims=[killed("about", best=30), killed("exact", 2, 2, 2, category="injured")])
    old = ev("old", location=IDLIB, article="a4", start="2001-07-01", end="2001-07-01",
             claims=[killed("exact", 9, 9, 9)], background=True)
    store = Store(new_db())
    engine = stored([lead, quote, other, far, old], store.url)
    for f in (Filters(), Filters(include_background=True), Filters(end=date(2017, 6, 1)),
              Filters(claimants=("SOHR",))):
        for chosen in ((), ("killed",), ("injured", "tankers_destroyed")):
            page = losses_view(engine, f, chosen, load=store.events_by_id)
            assert page.categories == categories(engine, f)
            assert page.claims.equals(claims_frame(engine, f, chosen, load=store.events_by_id))
            assert (page.by_category, page.by_claimant) == both_totals(engine, f, chosen)
            assert page.incidents.equals(incidents_with_losses(engine, f))
    empty = losses_view(stored([], new_db()), Filters())
    assert empty.claims.empty and empty.incidents.empty and empty.by_category == []


def test_a_failing_losses_query_reports_its_own_error_and_leaves_no_table_behind(new_db,
                                                                                 monkeypatch):
    import events.query_losses_view as view

    engine = stored([ev("a", location=RAQQA, claims=[killed("exact", 3, 3, 3)])], new_db())

    def broken(conn, d):
        return conn.execute(text("SELECT no_such_column FROM athar_claims_in_view"))
    monkeypatch.setattr(view, "both_totals_of", broken)
    with pytest.raises(DBAPIError, match="no_such_column"):
        view.losses_view(engine, Filters())
    monkeypatch.undo()
    assert [t.display() for t in view.losses_view(engine, Filters()).by_category] == ["3"]


def test_claims_without_claimant_fall_back_to_the_events_and_name_the_target(new_db):
    e = ev("e", location=RAQQA, claimant=MOD,
           claims=[Claim("killed", "fighters", "exact", 3, 3, 3, start=5, end=9)],
           evidence=[Evidence("the strike sentence", 0, 50)])
    store = Store(new_db())
    store.save(Article("a1", "x" * 100, published=date(2017, 6, 2)), [e], "test")
    row = claims_frame(store.engine, Filters(), load=store.events_by_id).iloc[0]
    assert (row["claimant"], row["target"], row["evidence"]) == \
        (MOD, "Islamic State", "the strike sentence")


def test_no_claims_no_totals(new_db):
    engine = stored([ev("x")], new_db())
    assert totals(engine, Filters()) == [] and killed_claimed(engine, Filters()) == "0"


# --- history mentioned in passing and the time axis ---------------------------------------------

def test_history_mentioned_in_passing_is_hidden_and_never_widens_the_slider(new_db):
    recalled = ev("1994", "attack", "1994-04-07", "1994-07-15", background=True, location=RAQQA,
                  claims=[killed("more_than", 800000)])
    t = stored([ev("now", location=RAQQA, claims=[killed("exact", 5, 5, 5)]), recalled],
               new_db())
    assert ids(select(t, Filters())) == {"now"}
    opts = options(t)
    assert (opts.first_day, opts.last_day) == (date(2017, 5, 30), date(2017, 5, 30))
    # shown on request, whatever the window (it could never fall inside the current span)
    shown = Filters(start=date(2017, 5, 1), end=date(2017, 6, 1), include_background=True)
    assert ids(select(t, shown)) == {"now", "1994"}
    assert summary(t, shown)["first_day"] == date(2017, 5, 30)  # the span stays current
    claims = claims_frame(t, shown)
    assert len(claims) == 2 and killed_claimed(t, shown) == "5"  # listed, never totalled


def test_the_whole_archive_with_history_is_every_event_and_frames_every_point(new_db):
    recalled = ev("1994", "attack", "1994-04-07", "1994-07-15", background=True, location=RAQQA)
    undated = ev("undated", start=None, end=None, article="a2", location=PALMYRA)
    t = stored([ev("now", location=RAQQA), recalled, undated, ev("nowhere", article="a3")],
               new_db())
    everything = Filters(include_background=True)  # the base map is framed on this
    assert ids(select(t, everything)) == {"now", "1994", "undated", "nowhere"}
    framed = points(t, everything)
    assert framed["count"].sum() == 3 and len(framed) == 2  # Raqqa twice, Palmyra once


def test_the_dashboard_opens_on_the_last_90_days_and_steps_a_week_over_long_spans(new_db):
    from events.query import default_step, default_window

    long = options(stored([ev("a", start="2015-01-01", end="2015-01-01"),
                           ev("b", start="2017-06-30", end="2017-06-30")], new_db()))
    assert default_window(long) == (date(2017, 4, 2), date(2017, 6, 30))
    assert default_step(long) == 7
    short = options(stored([ev("a", start="2017-06-01", end="2017-06-01"),
                            ev("b", start="2017-06-30", end="2017-06-30")], new_db()))
    assert default_window(short) == (date(2017, 6, 1), date(2017, 6, 30))
    assert default_step(short) == 1


def test_a_straggler_dated_long_after_the_rest_does_not_decide_the_opening_window(new_db):
    from events.query import default_window

    bulk = [ev(f"e{i}", start=f"2017-{1 + i % 6:02d}-10", end=f"2017-{1 + i % 6:02d}-10")
            for i in range(300)]
    straggler = ev("late", start="2018-06-30", end="2018-06-30")
    opts = options(stored(bulk + [straggler], new_db()))
    assert opts.last_day == date(2018, 6, 30)  # the slider still reaches it
    assert default_window(opts) == (date(2017, 3, 13), date(2017, 6, 10))
