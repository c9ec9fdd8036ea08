"""Regenerate the README's screenshots (docs/screenshots/*.png) from the demo corpus.

    .venv/bin/python tests/e2e/docs_screenshots.py [--db URL]

Same offline setup as the browser tests (loopback server, Debian chromium, no network), on the
bundled article and the demo corpus as ``make run`` ingests them (or on ``--db``), showing the
summer of 2015 (the Yemen war and the Syrian war). Not a test: the browser tests write theirs to
test-artifacts/.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent.parent)]

from e2e_support import (  # noqa: E402  (after the sys.path line above)
    CHROMIUM, CHROMIUM_ARGS, ROOT, Network, map_frame, wait_for_app)

WINDOW = "window=2015-07-01&window=2015-08-31"
DEMO = [ROOT / "data" / "articles", ROOT / "data" / "demo" / "fakes", ROOT / "data" / "demo" / "snn"]


def reader_example(url: str) -> str:
    """The Arabic article with the most events in the window, at its first event's evidence:
    the reader scrolls there, highlighted."""
    from urllib.parse import quote

    from events.store import Store

    events = [e for e in Store(url).events() if (e.date_start or "").startswith("2015-0")
              and e.evidence and e.article_id.startswith("snn")]
    article = Counter(e.article_id for e in events).most_common(1)[0][0]
    event = next(e for e in events if e.article_id == article)
    return f"article={quote(article)}&event={quote(event.event_id)}"


def shoot(url: str) -> None:
    from playwright.sync_api import sync_playwright

    from conftest import streamlit_server  # noqa: E402  (tests/e2e/conftest.py)

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    pages = [("map", f"?{WINDOW}"), ("timeline", f"timeline?{WINDOW}"),
             ("losses", f"losses?{WINDOW}"),
             ("sources", f"sources?{WINDOW}&{reader_example(url)}")]
    with streamlit_server(url, "docs-server.log") as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 950})
        network = Network()
        context.route("**/*", network.handle)
        page = context.new_page()
        for name, path in pages:
            page.goto(f"{server.url}/{path}")
            wait_for_app(page)
            if name == "map":
                map_frame(page, timeout=120_000)
            page.wait_for_timeout(2000)
            page.screenshot(path=str(out / f"{name}.png"))
            print(out / f"{name}.png")
        browser.close()
    if network.blocked:
        print("blocked requests:", *network.blocked, sep="\n  ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an already ingested database (default: ingest the demo)")
    args = parser.parse_args()
    if args.db:
        shoot(args.db)
        return
    from events.ingest import ingest_paths
    from events.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/docs.db"
        ingest_paths(DEMO, Store(url))
        shoot(url)


if __name__ == "__main__":
    main()
