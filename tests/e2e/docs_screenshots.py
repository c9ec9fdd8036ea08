"""Regenerate the README's screenshots (docs/screenshots/*.png) from the bundled articles only.

    .venv/bin/python tests/e2e/docs_screenshots.py

Same offline setup as the browser tests (loopback server, Debian chromium, no network), but
without the hostile test article, so the pictures show what a user
sees after ``make run``. Not a test: the browser tests write theirs to test-artifacts/.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent.parent)]

from e2e_support import (  # noqa: E402  (after the sys.path line above)
    CHROMIUM, CHROMIUM_ARGS, ROOT, Network, map_frame, wait_for_app)

PAGES = [("map", ""), ("timeline", "timeline"), ("losses", "losses"), ("sources", "sources")]


def main() -> None:
    from playwright.sync_api import sync_playwright

    from conftest import streamlit_server  # noqa: E402  (tests/e2e/conftest.py)
    from events.ingest import ingest_paths
    from events.store import Store

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/docs.db"
        ingest_paths([str(ROOT / "data" / "articles")], Store(url))
        with streamlit_server(url, "docs-server.log") as server, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 950})
            network = Network()
            context.route("**/*", network.handle)
            page = context.new_page()
            for name, path in PAGES:
                page.goto(f"{server.url}/{path}")
                wait_for_app(page)
                if name == "map":  # closer on the Raqqa -> Palmyra routes
                    map_frame(page).evaluate("() => window.map.setView([35.1, 38.7], 8)")
                page.wait_for_timeout(1200)
                page.screenshot(path=str(out / f"{name}.png"))
                print(out / f"{name}.png")
            browser.close()
    if network.blocked:
        print("blocked requests:", *network.blocked, sep="\n  ")


if __name__ == "__main__":
    main()
