"""The reader highlights the extraction's own spans, at exact offsets, and escapes everything."""
from datetime import date

from events.views import article_spans, highlight_html, mention_spans

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


def test_every_kind_of_place_in_view_at_once_draws_without_error():
    from events.query import build_table
    from events.query_map import base_map, event_layer

    table = build_table(every_kind_of_place())
    m = base_map(table)
    event_layer(table, table.frame).add_to(m)
    js = m.get_root().render()  # rendering is where folium checks the shapes
    assert js.count("athar-marker") == 6  # every located event has its marker; "none" has none
