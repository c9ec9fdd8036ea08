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
