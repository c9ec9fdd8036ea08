"""The dashboard's building blocks: the reader highlights the extraction's own spans at exact
offsets and escapes everything; the map layer draws every kind of place; ``events/`` holds no UI."""
import base64
import re
from pathlib import Path
from datetime import date

from dashboard.highlight import article_spans, highlight_html, mention_spans
from events.model import Place
import pandas as pd

from events.query import Filters, select
from events.query_map import frame_view, marker_rows, points
from events.store import Store
from test_query import ev, stored, table  # noqa: F401  (fixture)

TEXT = ("وقال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا أمس في غارات على مدينة سراقب، "
        "فيما فرّ آخرون نحو محافظتي حمص وحماة. <script>alert(1)</script>")


def kinds_at(spans, text, phrase):
    i = text.index(phrase)
    return {s.kind for s in spans if s.start <= i and i + len(phrase) <= s.end}


def test_every_kind_of_mention_is_highlighted_where_the_article_has_it():
    spans = mention_spans(TEXT, date(2020, 2, 3))
    assert "claimant" in kinds_at(spans, TEXT, "المرصد السوري")
    assert "place" in kinds_at(spans, TEXT, "سراقب")
    assert "place" in kinds_at(spans, TEXT, "حمص") and "place" in kinds_at(spans, TEXT, "حماة")
    assert "date" in kinds_at(spans, TEXT, "أمس")
    assert "quantity" in kinds_at(spans, TEXT, "12 مدنياً")


def test_the_reader_is_rtl_and_article_markup_stays_text():
    html = highlight_html(TEXT, article_spans(TEXT, [], published=date(2020, 2, 3)))
    assert html.startswith('<div dir="rtl"')
    assert "<script>" not in html and "&lt;script&gt;" in html


# --- the map layer over every kind of place ----------------------------------------------------

def every_kind_of_place() -> list:
    """One event per kind of place the geocoder returns, all in view at once: a town, a river
    (a line, placed at a representative point), an area, a governorate, a country, none."""
    from events.model import Actor, Event, Evidence, Place

    places = {
        "town": Place("Raqqa", "الرقة", 35.95, 39.01),
        "river": Place("Tigris", "نهر دجلة", 35.5, 43.3, kind="river", geo_precision=3,
                       where_prec=5),
        "area": Place("Sinai", "سيناء", 30.0, 33.8, kind="region", geo_precision=3, where_prec=5),
        "region": Place("Kurdistan Region", "إقليم كردستان", 36.2, 44.0, kind="region",
                        geo_precision=3, where_prec=4),
        "governorate": Place("Idlib Governorate", "محافظة إدلب", 35.8, 36.6, kind="governorate",
                             geo_precision=3, where_prec=4),
        "country": Place("Yemen", "اليمن", 15.5, 47.5, kind="country", geo_precision=3,
                         where_prec=6),
        "none": None,
    }
    return [Event(article_id="a", event_id=f"a:{k}", event_type="airstrike",
                  date_start="2017-05-30", date_end="2017-05-30", location=p,
                  actors=[Actor("Russian Aerospace Forces")],
                  evidence=[Evidence(f"sentence {k}", 0, 10)]) for k, p in places.items()]


def events_of(engine) -> dict:
    return {e.event_id: e for e in Store(engine.url.render_as_string(False)).events()}


def layer_js(engine) -> str:
    """The map with the events' layer, rendered (rendering is where folium checks shapes)."""
    from dashboard.base_map import base_map
    from dashboard.map_layers import event_layer

    m = base_map(points(engine, Filters()))
    event_layer(marker_rows(engine, Filters()), events_of(engine)).add_to(m)
    return m.get_root().render()


def test_every_kind_of_place_in_view_at_once_draws_without_error(tmp_path):
    from dashboard.map_geojson import features_in

    js = layer_js(stored(every_kind_of_place(), f"sqlite:///{tmp_path / 'k.db'}"))
    icons = [f for f in features_in(js) if "icon" in f["properties"]]
    assert len(icons) == 6  # every located event has its marker; "none" has none


# --- map layers (dashboard.map_layers) -----------------------------------------------------

def test_events_at_one_place_share_one_marker_with_their_count_and_a_listing_popup(table):
    js = layer_js(table)
    # Raqqa holds "strike" and "old" (the convoy is a line); Idlib and Moscow one event each
    assert js.count('data-count=\\"2\\"') == 1 and js.count('data-count=\\"1\\"') == 2
    assert "2 incidents at Raqqa" in js
    assert "sentence strike" in js and "sentence old" in js  # both listed in its popup


def test_a_clicked_place_leads_back_to_all_its_events(table):
    from dashboard.map_layers import events_at, marker_spots
    rows, events = select(table, Filters()), events_of(table)
    spots = marker_spots(rows, events)
    assert "a1:convoy" not in set(spots["event_id"])  # a movement with a route is a line
    row = spots[spots["event_id"] == "a1:old"].iloc[0]
    hit = events_at(rows, events, row["x_lat"], row["x_lon"])
    assert set(hit["event_id"]) == {"a1:old", "a1:strike"}


def test_the_legend_draws_its_icons_itself_for_every_type():
    from dashboard.html import legend_html
    from events.model import EVENT_TYPES

    legend = legend_html(list(EVENT_TYPES), ["Islamic State", "<b>x</b>"])
    icons = re.findall(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', legend)
    assert len(icons) >= len(EVENT_TYPES)  # drawn, not a font glyph (⛺ was a missing box)
    assert all(base64.b64decode(i).startswith(b"<svg") for i in icons)
    assert not re.search(r"[\u2190-\u2bff]", legend)  # arrows, symbols, dingbats
    assert "&lt;b&gt;x&lt;/b&gt;" in legend and "<b>x</b>" not in legend


def test_large_views_are_clusters_of_bare_points_or_cells_counted_by_the_database(tmp_path):
    from dashboard.map_layers import cluster_layer, grid_layer
    from events.query_map import coordinates, grid_cells

    many = stored([ev(f"e{i}", location=Place("p", lat=30 + i % 3, lon=36.0))
                   for i in range(30)], f"sqlite:///{tmp_path / 'm.db'}")
    group = cluster_layer(coordinates(many, Filters()))
    assert [type(c).__name__ for c in group._children.values()] == ["FastMarkerCluster"]
    counted = points(many, Filters())  # one row per point, with its number of events
    assert sorted(counted["count"]) == [10, 10, 10]
    cells = grid_cells(counted)
    assert cells["count"].sum() == 30
    from dashboard.map_geojson import GeoJsonLayer

    layer, = grid_layer(cells)._children.values()  # one GeoJSON layer of shaded cells
    assert isinstance(layer, GeoJsonLayer)
    assert {f["geometry"]["type"] for f in layer.features} == {"Polygon"}
    assert sorted(f["properties"]["tip"] for f in layer.features) == ["10 events"] * 3


def test_the_map_opens_on_the_bulk_of_the_events_not_on_an_outlier():
    near = [ev(f"n{i}", location=Place("p", lat=35 + i * 0.05, lon=38 + i * 0.05))
            for i in range(11)]
    moscow = ev("moscow", location=Place("Moscow", lat=55.75, lon=37.6))
    def located(events):
        return pd.DataFrame({"lat": [e.location.lat for e in events],
                             "lon": [e.location.lon for e in events]})
    (lat, lon), zoom = frame_view(located(near + [moscow]))
    assert 35 <= lat <= 36 and zoom >= 7
    (_, _), few = frame_view(located(near[:2] + [moscow]))
    assert few <= 4  # with few events, every one is in the frame


def test_the_core_holds_no_ui_code():
    core = Path(__file__).resolve().parent.parent / "events"
    for path in core.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) (folium|streamlit|plotly|branca)\b", source,
                             re.M), path
