"""Routes: geodesic length, intermediate points, and the UCDP between-places point."""
import pytest

from geo.gazetteer import Gazetteer
from geo.routes import route

G = Gazetteer.default()


def test_raqqa_to_tadmur_is_about_168_km_with_points_on_the_way():
    r = route(G.best("الرقة"), G.best("تدمر"), n=8)
    assert r.length_km == pytest.approx(168, abs=1.5)
    assert len(r.points) == 9
    assert r.points[0] == pytest.approx((35.95283, 39.00788), abs=1e-4)
    assert r.points[-1] == pytest.approx((34.5624, 38.28402), abs=1e-4)
    lats = [p[0] for p in r.points]
    assert lats == sorted(lats, reverse=True)  # heading south all the way


def test_midpoint_is_a_route_place_between_the_two():
    mid = route(G.best("Raqqa"), G.best("Palmyra")).midpoint()
    assert mid.kind == "route" and mid.name == "between Raqqa and Tadmur"
    assert (mid.where_prec, mid.geo_precision) == (5, 2)
    assert mid.name_ar == "بين الرقة وتدمر" and mid.country == "SY"
    assert 34.56 < mid.lat < 35.95 and 38.28 < mid.lon < 39.01


def test_route_needs_coordinates():
    from events.model import Place
    with pytest.raises(ValueError):
        route(Place("somewhere"), G.best("تدمر"))
