"""Routes between two places: geodesic line, length, and the UCDP "between two places" point.

A convoy "from Raqqa to Tadmur" happened somewhere on the way; UCDP codes such an event to a
representative point between the places (where_prec 5), ACLED to a point near a town
(geo_precision 2). `Route.midpoint()` gives that point on the geodesic, not the lat/lon mean.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from geographiclib.geodesic import Geodesic

from geo.place import Place

_WGS84 = Geodesic.WGS84


@dataclass
class Route:
    origin: Place
    destination: Place
    points: list[tuple[float, float]] = field(default_factory=list)  # (lat, lon), ends included
    length_km: float = 0.0

    def midpoint(self) -> Place:
        """The geodesic midpoint as a Place of kind ``route``."""
        a, b = self.origin, self.destination
        line = _WGS84.InverseLine(a.lat, a.lon, b.lat, b.lon)
        mid = line.Position(line.s13 / 2)
        ar = (f"بين {a.name_ar} و{b.name_ar}" if a.name_ar and b.name_ar else None)
        return Place(name=f"between {a.name} and {b.name}", name_ar=ar,
                     lat=round(mid["lat2"], 5), lon=round(mid["lon2"], 5), kind="route",
                     country=a.country if a.country == b.country else None,
                     admin1=a.admin1 if a.admin1 == b.admin1 else None,
                     geo_precision=2, where_prec=5)


def route(a: Place, b: Place, n: int = 10) -> Route:
    """``n`` equal geodesic segments from ``a`` to ``b`` (``n + 1`` points, ends included)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        raise ValueError("route needs coordinates on both places")
    n = max(1, int(n))
    line = _WGS84.InverseLine(a.lat, a.lon, b.lat, b.lon)
    pts = []
    for i in range(n + 1):
        p = line.Position(line.s13 * i / n)
        pts.append((round(p["lat2"], 5), round(p["lon2"], 5)))
    return Route(a, b, pts, round(line.s13 / 1000.0, 2))
