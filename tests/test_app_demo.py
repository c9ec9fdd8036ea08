"""The demo corpus `make run` opens on: ingested as a user's `make run` does, every page loads
without an exception, and the map, timeline and sources have real content to show."""
from __future__ import annotations

from pathlib import Path

import pytest

from events.ingest import ingest_paths
from events.store import Store
from test_app_support import app_on, metrics  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parent.parent
DEMO = [ROOT / "data" / "articles", ROOT / "data" / "demo" / "fakes", ROOT / "data" / "demo" / "snn"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    summary = ingest_paths(DEMO, Store(url))
    assert summary.failed == 0, summary.errors[:5]
    return url


def test_the_demo_corpus_is_the_two_licensed_halves():
    english = list((ROOT / "data" / "demo" / "fakes").glob("*.txt"))
    arabic = list((ROOT / "data" / "demo" / "snn").glob("*.txt"))
    assert (len(english), len(arabic)) == (784, 400)
    for half in ("fakes", "snn"):
        assert "CC BY" in (ROOT / "data" / "demo" / half / "README.md").read_text("utf-8")


@pytest.mark.parametrize("page", [None, "timeline", "losses", "sources"])
def test_every_page_loads_on_the_demo_corpus(app_on, demo_db, page):
    at = app_on(demo_db, page)  # asserts no exception
    assert int(metrics(at)["Events in view"]) > 0


def test_the_demo_spans_years_of_the_syrian_war_and_a_summer_of_the_yemen_war(demo_db):
    days = sorted(e.date_start for e in Store(demo_db).events() if e.date_start)
    years = {d[:4] for d in days}
    assert {"2013", "2014", "2015", "2016", "2017"} <= years
    yemen = [e for e in Store(demo_db).events() if e.location and e.location.country == "YE"
             and (e.date_start or "").startswith("2015")]
    assert len(yemen) >= 20
