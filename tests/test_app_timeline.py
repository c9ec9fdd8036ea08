"""Timeline page: interval bars in swimlanes, escaped hovers, box selection, events listed."""
from __future__ import annotations

import json

from events.store import Store
from test_app_support import app_db, app_on, big_db, open_app  # noqa: F401


def chart(at) -> tuple[dict, object]:
    (el,) = at.get("plotly_chart")
    return json.loads(el.proto.spec), el.proto


def test_each_dated_event_is_one_bar_in_its_actors_lane(open_app, app_db):
    dated = [e for e in Store(app_db).events() if e.date_start or e.date_end]
    spec, _ = chart(open_app("timeline", window=["2016-11-06", "2017-06-02"]))
    bars = [(lane, t["name"]) for t in spec["data"] for lane in t["y"]]
    assert all(t["type"] == "bar" for t in spec["data"])
    assert len(bars) == len(dated)
    assert ("Russian Aerospace Forces", "airstrike") in bars  # lane = actor1, colour = type


def test_the_lane_toggle_switches_to_event_types(open_app):
    at = open_app("timeline")
    at.get("button_group")[0].set_value("event type").run()
    spec, _ = chart(at)
    assert {lane for t in spec["data"] for lane in t["y"]} == {t["name"] for t in spec["data"]}


def test_hovers_carry_the_escaped_evidence(open_app):
    spec, _ = chart(open_app("timeline"))
    hovers = [c[3] for t in spec["data"] for c in t["customdata"]]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in h for h in hovers)
    assert not any("<script" in h or "<img" in h for h in hovers)
    assert not any("<img" in lane for t in spec["data"] for lane in t["y"])
    assert "customdata[3]" in spec["data"][0]["hovertemplate"]


def test_box_selection_reaches_python(open_app):
    _, proto = chart(open_app("timeline"))
    assert list(proto.selection_mode) == [proto.SelectionMode.BOX]
    assert proto.id.endswith("timeline_chart")


def test_the_events_in_the_window_are_listed_with_links_to_their_evidence(open_app):
    at = open_app("timeline", window=["2017-05-29", "2017-06-01"], undated="false")
    listing = at.dataframe[0].value
    assert len(listing) >= 1
    assert set(listing["event_type"]) <= {"airstrike", "movement", "statement", "agreement",
                                          "deployment", "operation_launch", "clash", "other",
                                          "shelling", "attack", "territory_change"}
    assert all(s.startswith("/sources?article=") and "&event=" in s for s in listing["source"])
    assert all(m.startswith("/?event=") for m in listing["map"])
    assert all(str(d) <= "2017-06-01" for d in listing["date"])


def test_beyond_the_interval_limit_the_timeline_shows_counts(app_on, big_db):
    at = app_on(big_db, "timeline")
    spec, _ = chart(at)
    assert {t["type"] for t in spec["data"]} == {"bar"}
    assert "base" not in spec["data"][0]  # stacked counts, not interval bars
    assert any("counts per" in c.value for c in at.caption)


def test_quotes_in_lanes_and_hovers_show_as_quotes_not_entities(app_on, tmp_path):
    # was: a literal &quot; (plotly decodes only a few entities); markup stays escaped
    from datetime import date

    from events.model import Actor, Article, Event, Evidence, Place

    said = 'The "Army of Conquest" <b>struck</b> Idlib.'
    url = f"sqlite:///{tmp_path / 'q.db'}"
    Store(url).save(Article("q", said, published=date(2017, 6, 1)), [Event(
        "q", "airstrike", date_start="2017-05-31", date_end="2017-05-31",
        location=Place('Idlib "city"', lat=35.9, lon=36.6),
        actors=[Actor('Army of "Conquest"')], evidence=[Evidence(said, 0, len(said))])], "t")
    spec, _ = chart(app_on(url, "timeline"))
    (trace,) = spec["data"]
    assert list(trace["y"]) == ['Army of "Conquest"']
    place, hover = trace["customdata"][0][1], trace["customdata"][0][3]
    assert place == 'Idlib "city"'
    assert hover == 'The "Army of Conquest" &lt;b&gt;struck&lt;/b&gt; Idlib.'


def test_the_time_axis_shows_the_window_not_the_span_of_long_intervals(open_app):
    spec, _ = chart(open_app("timeline", window=["2017-05-20", "2017-06-01"]))
    start, end = spec["layout"]["xaxis"]["range"]
    assert str(start).startswith("2017-05-20") and str(end).startswith("2017-06-02")
