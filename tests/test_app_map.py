"""Map page: what the browser is sent — a constant base map plus the filtered feature group."""
from __future__ import annotations

import re

from dashboard.base_map import missing_assets
from dashboard.map_geojson import features_in
from dashboard.map_layers import marker_spots
from events.flat import event_point
from events.query_map import marker_rows
from events.store import Store
from test_app_support import IMG, SCRIPT, app_db, app_on, big_db, map_args, open_app  # noqa: F401

def polylines(js: str) -> list[list[list[float]]]:
    """[lat, lon] of each line's points (the layer is GeoJSON: [lon, lat])."""
    return [[[lat, lon] for lon, lat in f["geometry"]["coordinates"]] for f in features_in(js)
            if f["geometry"]["type"] == "LineString"]


def markers(js: str) -> list[list[float]]:
    return [f["geometry"]["coordinates"][::-1] for f in features_in(js)
            if "icon" in f["properties"]]


def seed_route(app_db: str):
    """The extracted movement Raqqa -> Palmyra (acceptance example (c) of extraction)."""
    for e in Store(app_db).events():
        if e.event_type == "movement" and e.origin and e.destination and e.origin.lat \
                and "raqq" in e.origin.name.casefold() \
                and any(k in e.destination.name.casefold() for k in ("palmyra", "tadmur")):
            return e
    raise AssertionError("no Raqqa -> Palmyra movement was extracted from the seed")


def test_base_map_has_no_tiles_in_tests_and_returns_only_clicks(open_app):
    args = map_args(open_app("map"))
    assert "tileLayer" not in args["script"]  # ATHAR_TILES=none: no network
    assert args["returned_objects"] == ["last_object_clicked"]
    assert any("leaflet.markercluster" in u for u in args["js_links"])  # loaded up front
    assert_served_by_the_app(args)


def assert_served_by_the_app(args: dict) -> None:
    """Every script and stylesheet the map loads comes from the app's own static files."""
    links = args["js_links"] + args["css_links"]
    assert links and all(u.startswith("../../app/static/") for u in links), links
    assert not missing_assets()


def test_the_feature_group_draws_the_raqqa_palmyra_route_with_an_arrow(open_app, app_db):
    move = seed_route(app_db)
    fg = map_args(open_app("map"))["feature_group"]
    ends = [(line[0], line[-1]) for line in polylines(fg)]
    assert ([move.origin.lat, move.origin.lon], [move.destination.lat, move.destination.lon]) \
        in ends
    assert any(f["geometry"]["type"] == "Polygon" for f in features_in(fg))  # the arrow head
    assert "dashArray" in fg  # an attempted movement is dashed


def test_strikes_are_markers_styled_by_type_with_escaped_popups(open_app, app_db):
    strikes = [e for e in Store(app_db).events()
               if e.event_type == "airstrike" and event_point(e)[0] is not None]
    at = open_app("map", window=["2016-11-06", "2017-06-02"])
    fg = map_args(at)["feature_group"]
    store = Store(app_db)
    rows = marker_rows(store.engine, at.session_state["_athar_view"].filters)
    on_markers = marker_spots(rows, {e.event_id: e for e in store.events()})
    # one marker per place, counting its events: every located strike is on one
    assert sum(int(n) for n in re.findall(r'data-count=\\?"(\d+)', fg)) == len(on_markers)
    assert {e.event_id for e in strikes} <= set(on_markers["event_id"]) and len(strikes) >= 2
    assert all(e.event_id.replace(":", "%3A") in fg for e in strikes)  # in a popup
    popups = [f["properties"].get("pop", "") for f in features_in(fg)]
    assert "bindPopup" in fg and any("Read in Sources" in p and 'dir="auto"' in p for p in popups)


def test_untrusted_text_never_reaches_the_map_as_markup(open_app):
    fg = map_args(open_app("map"))["feature_group"]
    assert SCRIPT not in fg and IMG not in fg and "<img" not in fg and "<script" not in fg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in fg
    assert "&lt;img src=x onerror=alert(1)&gt;" in fg


def test_scrubbing_swaps_the_layer_but_keeps_the_map(open_app):
    at = open_app("map")
    before = map_args(at)
    first_day = at.sidebar.slider(key="window").value[0]
    at.sidebar.slider(key="window").set_value((first_day, first_day)).run()
    after = map_args(at)
    assert after["key"] == before["key"]  # same component identity: no remount, view kept
    assert after["script"] == before["script"]
    assert after["feature_group"] != before["feature_group"]
    assert len(markers(after["feature_group"])) < len(markers(before["feature_group"]))


def test_a_type_filter_from_the_url_reaches_the_map(open_app):
    fg = map_args(open_app("map", type="operation_launch",
                           window=["2016-11-06", "2017-06-02"]))["feature_group"]
    assert 'data-type=\\"operation_launch' in fg and "airstrike" not in fg


def test_an_event_link_centres_the_map_on_it_and_shows_its_card(open_app, app_db):
    strike = next(e for e in Store(app_db).events() if e.event_type == "airstrike")
    at = open_app("map", event=strike.event_id)
    args = map_args(at)
    assert args["zoom"] == 9 and args["center"] == [strike.location.lat, strike.location.lon]
    cards = [h.proto.body for h in at.get("html") if "Read in Sources" in h.proto.body]
    assert len(cards) == 1 and 'dir="auto"' in cards[0]
    assert at.get("page_link")[0].proto.query_string.endswith(strike.event_id.replace(":", "%3A"))


def test_a_rerun_that_changes_nothing_sends_the_same_layer(open_app):
    # e.g. the rerun after a marker click: the browser keeps the layer and its open popup
    at = open_app("map")
    first = map_args(at)["feature_group"]
    at.run()
    assert map_args(at)["feature_group"] == first


def test_beyond_the_marker_limit_the_layer_is_a_client_side_cluster(app_on, big_db):
    at = app_on(big_db, "map")
    fg = map_args(at)["feature_group"]
    assert "L.markerClusterGroup" in fg and markers(fg) == []  # no per-event markers
    assert len(fg) < 400_000  # bare coordinates, no per-event popups
    assert any("shown as clusters" in c.value for c in at.caption)
    assert_served_by_the_app(map_args(at))  # the cluster plugin too


def test_the_map_page_opens_with_every_kind_of_place_in_view(app_on, tmp_path):
    # was: "ValueError: Locations is empty" as soon as a river or a region was in view
    from datetime import date

    from events.model import Article
    from test_views import every_kind_of_place

    url = f"sqlite:///{tmp_path / 'kinds.db'}"
    Store(url).save(Article("a", "x" * 20, published=date(2017, 6, 1)), every_kind_of_place(),
                    "test")
    at = app_on(url, "map")  # app_on asserts the run raised nothing
    assert len(markers(map_args(at)["feature_group"])) == 6


def test_the_first_load_fits_the_events_in_view_and_later_runs_leave_the_view_alone(open_app):
    at = open_app("map", country="Russia (RU)", window=["2016-11-06", "2017-06-02"])
    args = map_args(at)
    assert abs(args["center"][0] - 55.75) < 1 and abs(args["center"][1] - 37.6) < 1  # Moscow
    at.sidebar.multiselect(key="country").set_value([]).run()
    assert map_args(at)["center"] == args["center"]  # same values: the map is not moved
