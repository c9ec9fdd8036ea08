"""Shared ground for the dashboard's AppTests: a real SQLite database and an app opened on it.

The database is built the way users build theirs: ``ingest_paths(["data/articles"])`` through the
real extraction, plus one hostile article (script and img-onerror payloads in its text, title,
outlet, place, actor and claimant) saved through the real ``Store`` so every page has untrusted
text to escape.
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from events.ingest import ingest_paths
from events.model import Actor, Article, Claim, Event, Evidence, Place
from events.store import Store

ROOT = Path(__file__).resolve().parent.parent  # not from conftest: tests/e2e has its own
SEED_ID = "000_52d545aa72dbd2d1"
APP = str(ROOT / "app.py")
HOSTILE_ID = "zz_hostile"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
FORMULA = '=HYPERLINK("http://evil.example/","open")'  # what a spreadsheet would run
HOSTILE_TEXT = (f"قالت وزارة الدفاع {SCRIPT} إن الطيران شن غارة على الرقة {IMG} "
                "وقتل 5 مسلحين.")


def hostile_article() -> tuple[Article, list[Event]]:
    n = HOSTILE_TEXT.find("5")
    event = Event(
        article_id=HOSTILE_ID, event_type="airstrike", date_start="2017-06-02",
        date_end="2017-06-02",
        location=Place(f"{FORMULA} Raqqa {SCRIPT}", "الرقة", 35.9, 39.0),
        actors=[Actor(IMG, None, "actor1", "الطيران")], claimant=SCRIPT,
        claims=[Claim("killed", "fighters", "exact", 5, 5, 5, "5", n, n + 1, None)],
        evidence=[Evidence(HOSTILE_TEXT, 0, len(HOSTILE_TEXT))])
    article = Article(HOSTILE_ID, HOSTILE_TEXT, title=f"{SCRIPT} عنوان", outlet=IMG,
                      published=date(2017, 6, 3))
    return article, [event]


def build_db(folder: Path) -> str:
    url = f"sqlite:///{folder / 'athar.db'}"
    store = Store(url)
    summary = ingest_paths([str(ROOT / "data" / "articles")], store)
    assert summary.failed == 0, summary.errors
    article, events = hostile_article()
    store.save(article, events, "test")
    return url


@pytest.fixture(scope="session")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("app_db"))


@pytest.fixture
def app_on(monkeypatch: pytest.MonkeyPatch):
    """``app_on(db_url, page=None, **query)`` -> an AppTest that has run once (on that page).

    AppTest resets Streamlit's "legacy pages/ folder" flag before every run, and with a
    ``pages/`` folder present it would then run a switched-to page *without* ``app.py``. The
    real server clears the flag for good at the first ``st.navigation`` call; here it is
    cleared after each reset, so tests see what users see.
    """
    monkeypatch.setenv("ATHAR_TILES", "none")
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)

    def _open(db_url: str, page: str | None = None, **query: str | list[str]) -> AppTest:
        monkeypatch.setenv("ATHAR_DB_URL", db_url)
        at = AppTest.from_file(APP, default_timeout=120)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        if page:
            at.switch_page(f"pages/{page}.py")
            at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at
    return _open


@pytest.fixture
def open_app(app_db: str, app_on):
    """``open_app(page=None, **query)``: the app on the shared seed + hostile database."""
    return lambda page=None, **query: app_on(app_db, page, **query)


def build_big_db(folder: Path, n: int) -> str:
    """``n`` synthetic located events in one article: for views beyond the display limits."""
    url = f"sqlite:///{folder / 'big.db'}"
    events = [Event("big", ("airstrike", "clash", "shelling")[i % 3],
                    date_start=(date(2017, 1, 1) + timedelta(days=i % 60)).isoformat(),
                    location=Place(f"p{i}", lat=33 + (i * 7919 % 4000) / 1000,
                                   lon=36 + (i * 104729 % 5000) / 1000),
                    actors=[Actor("Syrian Arab Army")], evidence=[Evidence(f"s{i}", i, i + 1)])
              for i in range(n)]
    Store(url).save(Article("big", "x" * (n + 1), title="big", published=date(2017, 12, 1)),
                    events, "test")
    return url


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from events.query import MARKER_LIMIT
    return build_big_db(tmp_path_factory.mktemp("big_db"), MARKER_LIMIT + 500)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def map_args(at: AppTest) -> dict:
    """The arguments streamlit-folium sends to the browser (base map + feature group JS)."""
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)


def test_the_app_database_holds_the_seed_and_the_hostile_article(app_db: str):
    store = Store(app_db)
    ids = {a.article_id for a in store.articles()}
    assert {SEED_ID, HOSTILE_ID} <= ids
    assert store.article(SEED_ID).n_events > 0
