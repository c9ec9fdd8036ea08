"""Robustness on real news nobody here wrote: the SaudiNewsNet corpus (31,030 Arabic articles,
July–August 2015), read in place from ``../shared/corpus/saudinewsnet`` and skipped when absent.

Two promises: extraction never fails on any article (and never hides a failure it logged),
and it stays quiet on news that reports no conflict — sport and economy pieces.
"""
from __future__ import annotations

import json
import logging
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from events.extract.pipeline import annotate, extract

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "saudinewsnet"

pytestmark = [pytest.mark.corpus,
              pytest.mark.skipif(not CORPUS.is_dir(), reason="SaudiNewsNet corpus not present")]

SPORT = re.compile(r"مباراة|الدوري|المنتخب|اللاعب|كرة القدم|المدرب")
ECONOMY = re.compile(r"الأسهم|المؤشر|البورصة|برميل|التضخم|الناتج المحلي|أسعار النفط")
CONFLICT = re.compile(r"داعش|الحوثي|غارة|غارات|قتل|مقتل|اشتباك|قصف|هجوم|انفجار|تفجير|الجيش|مسلح|"
                      r"إرهاب|عسكري|قوات")


def _articles(every: int) -> list[tuple[str, str, date | None]]:
    """Every ``every``-th article of every day file, in file order: a deterministic sample."""
    out = []
    for z in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            records = json.loads(zf.read(zf.namelist()[0]))
        for i, rec in enumerate(records[::every]):
            text = f"{rec.get('title') or ''}\n{rec.get('content') or ''}"
            out.append((f"{z.stem}/{i}", text, date.fromisoformat(z.stem)))
    return out


@pytest.fixture(scope="module")
def sample() -> list[tuple[str, str, date | None]]:
    return _articles(every=97)


def test_sample_is_a_few_hundred_articles(sample):
    assert 250 <= len(sample) <= 500


def test_no_article_breaks_any_step(sample):
    for aid, text, published in sample:
        annotate(text, published=published, article_id=aid)  # raises if a step breaks


def test_extract_never_fails_and_events_are_well_formed(sample, caplog):
    caplog.set_level(logging.ERROR, logger="events.extract.pipeline")
    total = 0
    for aid, text, published in sample:
        events = extract(text, published=published, article_id=aid)
        total += len(events)
        assert len({e.event_id for e in events}) == len(events), aid  # ids are unique
        for e in events:
            assert e.event_id.startswith(aid + ":")
            for v in e.evidence:
                assert text[v.start:v.end] == v.sentence
            for c in e.claims:
                assert text[c.start:c.end] == c.text
    assert not [r for r in caplog.records if "extraction failed" in r.getMessage()]
    assert total > 0  # 2015 news does report the Syrian and Yemeni wars


def test_quiet_on_sport_and_economy_news():
    quiet = [(aid, text) for aid, text, _ in _articles(every=5)
             if not CONFLICT.search(text) and (SPORT.search(text) or ECONOMY.search(text))]
    assert len(quiet) >= 200
    noisy = [aid for aid, text in quiet if extract(text, article_id=aid)]
    assert len(noisy) / len(quiet) <= 0.02, noisy


def test_odd_inputs_yield_nothing_and_never_raise():
    for text in ["", " \n\t", "\u200f\u200e\u061c", "hello world", "٠١٢٣٤٥٦٧٨٩" * 50,
                 "غارة" * 5000, "«»" * 1000, "\x00\x01", "🙂 قصف 🙂", "قتل\n" * 3000]:
        assert isinstance(extract(text), list)
