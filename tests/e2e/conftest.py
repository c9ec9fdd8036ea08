"""Fixtures for the browser tests: the server, Chromium, and a page with no network.

The server runs against a database built in a temp dir (the bundled articles + a hostile one),
exactly as users build theirs. See ``e2e_support`` for the offline routing.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from dashboard.base_map import missing_assets
from e2e_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, Network, Session, free_port
from events.query import MARKER_LIMIT
from test_app_support import build_big_db, build_db


@dataclass(frozen=True)
class Server:
    url: str  # http://127.0.0.1:<port>
    db_url: str  # the database it serves


@contextlib.contextmanager
def streamlit_server(db_url: str, log_name: str) -> Iterator[Server]:
    """``streamlit run app.py`` on a free loopback port, until the block ends."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / log_name, "w")
    env = {**os.environ, "ATHAR_DB_URL": db_url, "ATHAR_TILES": "none",
           "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:  # as Streamlit's own e2e tests: poll the health endpoint first
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start; see {ARTIFACTS / log_name}")
            time.sleep(0.3)
        yield Server(url=base, db_url=db_url)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def e2e_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    if missing := missing_assets():
        pytest.fail(f"static/ lacks {', '.join(missing)}: run `make assets`")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make e2e-deps` (apt-get install chromium)")
    return build_db(tmp_path_factory.mktemp("e2e_db"))


@pytest.fixture(scope="session")
def server(e2e_db: str) -> Iterator[Server]:
    """One server for most tests (its first visit is the main page)."""
    with streamlit_server(e2e_db, "e2e-server.log") as running:
        yield running


@pytest.fixture
def fresh_server(e2e_db: str) -> Iterator[Server]:
    """A server nobody has visited yet (its first run decides Streamlit's page mode)."""
    with streamlit_server(e2e_db, "e2e-fresh-server.log") as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                      headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def session(browser) -> Session:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    network = Network()
    context.route("**/*", network.handle)
    page = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def on_dialog(dialog) -> None:  # an alert() would mean injected script ran
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield Session(page, network, errors, dialogs)
    context.close()




@pytest.fixture(scope="session")
def big_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server over more events than the marker limit (synthetic, one article)."""
    url = build_big_db(tmp_path_factory.mktemp("big_db"), MARKER_LIMIT + 500)
    with streamlit_server(url, "e2e-big-server.log") as running:
        yield running


@pytest.fixture(scope="session")
def synth_server() -> Iterator[Server]:
    """A server over a 100,000-event synthetic archive (``events.synth``), built once and kept
    under the git-ignored ``.cache/bench/`` (the benchmarks' own store of that size)."""
    from events.bench_query import store_for

    with streamlit_server(store_for(100_000), "e2e-synth-server.log") as running:
        yield running
