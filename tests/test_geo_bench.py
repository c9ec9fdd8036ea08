"""Benchmarks run and report figures (no timed asserts: machines differ)."""
from __future__ import annotations

import pytest

from geo.bench import DEFAULT_NEWSFANE, PLACE_CLASSES, lookup_rate, newsfane, read_newsfane


def test_lookup_rate_reports_a_rate():
    r = lookup_rate(seconds=0.05)
    assert r["lookups"] > 0 and r["per_second"] > 0


@pytest.mark.corpus
@pytest.mark.skipif(not DEFAULT_NEWSFANE.exists(), reason="NewsFANE corpus absent")
def test_newsfane_reader_strips_marks_and_splits_sentences():
    sents = read_newsfane(DEFAULT_NEWSFANE)
    assert len(sents) > 1000
    assert "\u200e" not in sents[0].text and "\r" not in sents[0].text
    s, e, cls = sents[0].gold[0]
    assert sents[0].text[s:e] == "فرانكفورت" and cls == "Population-Center"


@pytest.mark.corpus
@pytest.mark.skipif(not DEFAULT_NEWSFANE.exists(), reason="NewsFANE corpus absent")
def test_newsfane_benchmark_returns_figures():
    r = newsfane(limit=300)
    assert r["sentences"] == 300 and r["gold"] > 0
    assert 0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1
    assert set(r["per_class"]) == set(PLACE_CLASSES) and r["per_kind"]
