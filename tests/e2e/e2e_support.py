"""Helpers for the browser tests: a browser with no network, waiting, screenshots.

Chromium is Debian's (``/usr/bin/chromium``; no ``playwright install``). Every request that
leaves loopback is aborted and recorded: the dashboard serves whatever the map needs itself
(``static/``), so the tests prove it renders with the network cable pulled.
"""
from __future__ import annotations

import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
# No name resolves but loopback's: the browser itself has no network (the route handler below
# also refuses and records every non-loopback request, IP literals included).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"]


@dataclass
class Network:
    """What the browser asked for outside loopback (all of it refused) and on loopback."""
    blocked: list[str] = field(default_factory=list)
    local: list[str] = field(default_factory=list)

    def handle(self, route) -> None:
        url = route.request.url
        host = urlparse(url).hostname or ""
        if host in ("127.0.0.1", "localhost") or url.startswith(("data:", "blob:", "about:")):
            self.local.append(url)
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Session:
    page: object
    network: Network
    errors: list[str]
    dialogs: list[str]


def wait_for_app(page, timeout: float = 60_000) -> None:
    """Connected, then the script run finished (Streamlit's own e2e wait)."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']",
                           timeout=timeout)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout)
    # elements load their code lazily and show skeletons meanwhile (dataframes, charts, html)
    page.wait_for_function("() => !document.querySelector(\"[data-testid='stSkeleton'], "
                           "[data-testid='stSkeletonElement'], [data-testid='stAppSkeleton']\")",
                           timeout=timeout)


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{re.sub(r'[^a-z0-9_-]+', '-', name.lower())}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def map_frame(page, timeout: float = 30_000):
    """The streamlit-folium iframe, once Leaflet has drawn the map and its feature group."""
    page.wait_for_selector("iframe[title*='st_folium']", timeout=timeout)
    frame = page.frame_locator("iframe[title*='st_folium']").first
    frame.locator(".leaflet-container").wait_for(timeout=timeout)
    handle = page.query_selector("iframe[title*='st_folium']").content_frame()
    handle.wait_for_function("() => window.map && (window.feature_group || []).length > 0",
                             timeout=timeout)
    return handle


LAYERS_JS = """() => {
  const out = {lines: [], markers: []};
  const walk = (layer) => {
    if (layer.getLayers) { layer.getLayers().forEach(walk); return; }
    if (layer instanceof L.Polygon) return;  // arrow heads, cells
    if (layer instanceof L.Polyline) {
      out.lines.push(layer.getLatLngs().map(p => [p.lat, p.lng]));
    } else if (layer instanceof L.Marker) {
      const el = layer.getElement && layer.getElement();
      const tag = el && el.querySelector('[data-type]');
      out.markers.push({type: tag ? tag.dataset.type : null,
                        count: tag ? Number(tag.dataset.count) : 0,
                        types: tag ? (tag.dataset.types || tag.dataset.type).split(" ") : [],
                        at: [layer.getLatLng().lat, layer.getLatLng().lng]});
    }
  };
  // streamlit-folium keeps replaced groups in window.feature_group: only those on the map count
  (window.feature_group || []).filter(g => window.map.hasLayer(g)).forEach(walk);
  return out;
}"""


def map_layers(frame) -> dict:
    """Lines (as lat/lon lists) and markers (type or "several", how many events, their types,
    position) currently on the map."""
    return frame.evaluate(LAYERS_JS)


def layer_count(frame) -> int:
    layers = map_layers(frame)
    return len(layers["lines"]) + len(layers["markers"])


def map_view(frame) -> dict:
    return frame.evaluate("() => ({center: window.map.getCenter(), zoom: window.map.getZoom()})")
