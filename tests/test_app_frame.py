"""The shared frame (app.py): header strip, sidebar filters bound to the URL, the scrubber."""
from __future__ import annotations

from datetime import date

import pytest

from test_app_support import app_db, app_on, metrics, open_app  # noqa: F401  (fixtures)

MOD = "Russian Ministry of Defence"


@pytest.mark.parametrize("page", [None, "map", "timeline", "losses", "sources"])
def test_every_page_runs_inside_the_frame_without_exception(open_app, page):
    at = open_app(page)
    assert set(metrics(at)) == {"Articles in view", "Incidents in view", "Events in view",
                                "Date span", "Killed (claimed)"}
    assert [w.key for w in at.sidebar.multiselect] == ["actor", "type", "modality", "claimant",
                                                       "country"]


def test_header_counts_what_is_in_view_and_killed_is_a_range(open_app):
    m = metrics(open_app())
    assert m["Articles in view"] == "2"  # the seed and the hostile article
    assert int(m["Events in view"]) >= 5
    assert int(m["Incidents in view"]) <= int(m["Events in view"])
    assert m["Killed (claimed)"] == "85+"  # seed "more than 80" + hostile 5, distinct events


def test_a_claimant_filter_leaves_only_that_claimants_numbers(open_app):
    at = open_app()
    at.sidebar.multiselect(key="claimant").set_value([MOD]).run()
    m = metrics(at)
    assert m["Killed (claimed)"] == "80+" and m["Articles in view"] == "1"


def test_filters_are_seeded_from_the_url(open_app):
    at = open_app(type="movement", window=["2017-05-28", "2017-05-31"])
    assert at.sidebar.multiselect(key="type").value == ["movement"]
    assert at.sidebar.slider(key="window").value == (date(2017, 5, 28), date(2017, 5, 31))
    assert at.sidebar.multiselect(key="type").proto.query_param_key == "type"
    assert int(metrics(at)["Events in view"]) >= 1
    assert metrics(at)["Killed (claimed)"] == "0"  # movements carry no losses


def test_every_filter_is_bound_to_a_query_parameter(open_app):
    sb = open_app().sidebar
    keys = [w.proto.query_param_key for w in [*sb.multiselect, *sb.slider, *sb.selectbox,
                                              *sb.checkbox]]
    assert sorted(keys) == ["actor", "background", "claimant", "country", "modality",
                            "precision", "type", "undated", "window"]


def test_step_buttons_move_the_window_by_the_step(open_app):
    at = open_app(window=["2017-05-20", "2017-05-25"])
    at.sidebar.number_input(key="step").set_value(3).run()
    at.sidebar.button(key="step_fwd").click().run()
    assert at.sidebar.slider(key="window").value == (date(2017, 5, 23), date(2017, 5, 28))
    at.sidebar.button(key="step_back").click().run()
    at.sidebar.button(key="step_back").click().run()
    assert at.sidebar.slider(key="window").value == (date(2017, 5, 17), date(2017, 5, 22))


def test_a_requested_window_is_applied_before_the_slider_is_drawn(open_app):
    # the mechanism behind the timeline's box selection and "play"
    at = open_app()
    at.session_state["_pending"] = {"window": (date(2017, 5, 25), date(2017, 5, 26))}
    at.run()
    assert at.sidebar.slider(key="window").value == (date(2017, 5, 25), date(2017, 5, 26))
    assert metrics(at)["Date span"].startswith("2017-05-2")  # the first convoy strike, 25 May


def test_the_window_drops_events_outside_it(open_app):
    at = open_app(window=["2016-11-06", "2016-11-30"], undated="false")
    m = metrics(at)
    assert m["Date span"] == "2016-11-06 → 2016-11-06"  # the "Wrath of the Euphrates" launch
    assert m["Articles in view"] == "1"


def test_a_window_outside_the_data_from_the_url_falls_back_to_the_default(open_app):
    at = open_app(window=["2001-01-01", "2001-01-02"])
    assert at.sidebar.slider(key="window").value == (date(2017, 3, 5), date(2017, 6, 2))


def test_the_window_opens_on_the_last_90_days_of_data(open_app):
    at = open_app()
    assert at.sidebar.slider(key="window").value == (date(2017, 3, 5), date(2017, 6, 2))
    assert at.sidebar.number_input(key="step").value == 1  # seven months of data: day steps


def test_play_moves_the_window_one_step_per_second(open_app):
    import time

    at = open_app(window=["2017-05-20", "2017-05-22"])
    at.sidebar.toggle(key="play").set_value(True).run()
    assert at.sidebar.slider(key="window").value == (date(2017, 5, 20), date(2017, 5, 22))
    time.sleep(1.0)  # the next timed run advances by one step, keeping the width
    at.run()
    assert at.sidebar.slider(key="window").value == (date(2017, 5, 21), date(2017, 5, 23))
    assert at.sidebar.toggle(key="play").value


def test_a_new_ingest_is_seen_on_the_next_rerun(app_on, tmp_path):
    from events.store import Store
    from test_app_support import build_db, hostile_article

    url = build_db(tmp_path)
    at = app_on(url)
    assert metrics(at)["Articles in view"] == "2"
    article, events = hostile_article()
    article.article_id, article.text = "zz_second", article.text + " (ثانية)"
    for e in events:
        e.article_id = "zz_second"
    Store(url).save(article, events, "test")
    at.run()  # same server process, same cache: the fingerprint changed
    assert metrics(at)["Articles in view"] == "3"


def test_a_country_filter_keeps_the_events_drawn_there(open_app):
    at = open_app(country="Syria (SY)")
    assert at.sidebar.multiselect(key="country").value == ["Syria (SY)"]
    assert metrics(at)["Articles in view"] == "1"  # the hostile article's place has no country


@pytest.mark.parametrize("what", ["not a database", "no url"])
def test_a_database_that_cannot_be_read_is_one_line_of_error_not_a_traceback(app_on, tmp_path,
                                                                              what):
    if what == "not a database":
        junk = tmp_path / "junk.db"
        junk.write_bytes(b"this is a text file, not SQLite\n" * 200)
        url = f"sqlite:///{junk}"
    else:
        url = "no-such-scheme://nowhere"
    at = app_on(url)  # asserts no exception reached the page
    (error,) = at.error
    assert error.value.startswith(f"Athar cannot read the database {url}: ")
    assert "\n" not in error.value and "Traceback" not in error.value
    assert not at.metric  # nothing is drawn from a database that is not there
