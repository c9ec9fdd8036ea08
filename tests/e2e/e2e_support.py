"""Helpers for the browser tests: offline routing of CDN files, waiting, screenshots.

Chromium is Debian's (``/usr/bin/chromium``; no ``playwright install``). Every request that
leaves 127.0.0.1 is answered from local copies of the CDN files folium asks for (npm packages in
``tests/e2e/node_modules``, installed by ``make e2e-deps``) or aborted and recorded, so the map
really renders offline and a test can prove nothing else was fetched.
"""
from __future__ import annotations

import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
VENDOR = HERE / "node_modules"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

# CDN URL prefix -> local folder (the rest of the URL path is kept, so relative assets such as
# Leaflet's marker images and Font Awesome's webfonts resolve too).
CDN_MAP: list[tuple[str, Path]] = [
    ("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/", VENDOR / "leaflet"),
    ("https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/", VENDOR / "bootstrap"),
    ("https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/",
     VENDOR / "@fortawesome" / "fontawesome-free"),
    ("https://code.jquery.com/jquery-3.7.1.min.js", VENDOR / "jquery" / "dist" / "jquery.min.js"),
    ("https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/",
     VENDOR / "leaflet.awesome-markers" / "dist"),
    ("https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/",
     VENDOR / "leaflet.markercluster" / "dist"),
]
# Stylesheets folium links but Athar never uses (Bootstrap 3 glyphicons, rotated awesome
# markers: our markers are DivIcons). Answered empty rather than fetched.
UNUSED_CSS = ("https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css",
              "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/"
              "leaflet.awesome.rotate.min.css")
TYPES = {".js": "application/javascript", ".css": "text/css", ".png": "image/png",
         ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".svg": "image/svg+xml"}


def local_file(url: str) -> Path | None:
    bare = url.split("?", 1)[0].split("#", 1)[0]
    for prefix, target in CDN_MAP:
        if bare == prefix:
            return target
        if prefix.endswith("/") and bare.startswith(prefix):
            return target / bare[len(prefix):]
    return None


@dataclass
class Network:
    """What the browser asked for outside loopback."""
    served: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def handle(self, route) -> None:
        url = route.request.url
        host = urlparse(url).hostname or ""
        if host in ("127.0.0.1", "localhost") or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
            return
        path = local_file(url)
        if path is not None and path.is_file():
            self.served.append(url)
            route.fulfill(status=200, path=str(path),
                          content_type=TYPES.get(path.suffix, "application/octet-stream"))
        elif url in UNUSED_CSS:
            self.served.append(url)
            route.fulfill(status=200, body="/* not used by Athar */", content_type="text/css")
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
                        at: [layer.getLatLng().lat, layer.getLatLng().lng]});
    }
  };
  // streamlit-folium keeps replaced groups in window.feature_group: only those on the map count
  (window.feature_group || []).filter(g => window.map.hasLayer(g)).forEach(walk);
  return out;
}"""


def map_layers(frame) -> dict:
    """Lines (as lat/lon lists) and markers (type, position) currently on the map."""
    return frame.evaluate(LAYERS_JS)


def layer_count(frame) -> int:
    layers = map_layers(frame)
    return len(layers["lines"]) + len(layers["markers"])


def map_view(frame) -> dict:
    return frame.evaluate("() => ({center: window.map.getCenter(), zoom: window.map.getZoom()})")
