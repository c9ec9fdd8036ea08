"""Properties of the extraction parts on hostile text: normalisation, dates, quantities, places.

Each runs the pipeline up to its own step (no gate stops it early), so a failure names the part.
"""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from events.extract.doc import Doc, Mention
from events.extract.numbers import MAX_COUNT
from events.extract.pipeline import annotate
from text import normalize, tokenize
from geo.gazetteer import Gazetteer
from tests.fuzz_strategies import FUZZ, fragments, languages, published_dates, texts


def assert_spans_inside(doc: Doc, mentions: list[Mention]) -> None:
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(doc.norm)
        assert m.text == doc.surface(m.start, m.end)
        assert 0 <= m.sentence < max(1, len(doc.sentences))


@FUZZ
@given(text=texts)
def test_normalisation_maps_every_offset_back_inside_the_original(text):
    nt = normalize(text)
    assert len(nt.norm) <= len(text)
    for tok in tokenize(nt.norm):
        assert 0 <= tok.start < tok.end <= len(nt.norm) and tok.stems
        start, end = nt.span(tok.start, tok.end)
        assert 0 <= start <= end <= len(text)
        assert normalize(text[start:end]).norm.lower().endswith(tok.key) or tok.key.isdigit()


@FUZZ
@given(text=texts, published=published_dates, language=languages)
def test_dates_are_valid_and_in_order_or_null_for_any_publication_date(text, published, language):
    doc = annotate(text, published=published, language=language, upto="dates")
    assert_spans_inside(doc, doc.dates)
    for d in doc.dates:
        for value in (d.date_start, d.date_end):
            assert value is None or isinstance(value, date)
        if d.date_start and d.date_end:
            assert d.date_start <= d.date_end
        assert d.date_prec is None or 1 <= d.date_prec <= 5


@FUZZ
@given(text=texts, published=published_dates)
def test_quantities_are_bounded_ordered_integers(text, published):
    doc = annotate(text, published=published, upto="losses")
    assert_spans_inside(doc, doc.losses)
    for x in doc.losses:
        values = [v for v in (x.low, x.best, x.high) if v is not None]
        assert values or x.qualifier == "vague"  # a toll without a figure ("killed and wounded")
        assert all(isinstance(v, int) and 0 < v <= MAX_COUNT for v in values)
        assert values == sorted(values)
        assert x.start <= x.number_start <= x.number_end <= x.end


@FUZZ
@given(text=texts)
def test_place_matching_gives_real_coordinates_inside_the_text(text):
    doc = annotate(text, upto="places")
    assert_spans_inside(doc, doc.places)
    for m in doc.places:
        p = m.place
        assert p is not None and p.name
        if p.lat is not None:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180


@FUZZ
@given(name=st.one_of(fragments, st.lists(fragments, max_size=4).map(" ".join)),
       country=st.one_of(st.none(), st.sampled_from(["SY", "IQ", "YE", "", "ZZ", "\x00"])))
def test_gazetteer_lookup_of_any_name_ranks_or_returns_nothing(name, country):
    for c in Gazetteer.default().lookup(name, country=country):
        assert c.place.name and 0 <= c.score
