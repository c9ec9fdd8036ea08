"""Smoke specification of the gazetteer contract other packages rely on."""
from events.text import normalize, tokenize
from geo.gazetteer import Gazetteer
from geo.mentions import find_places


def test_clitic_arabic_and_english_land_on_raqqa():
    g = Gazetteer.default()
    for name in ("بالرقة", "Ar-Raqqah", "الرقه"):
        assert g.lookup(name)[0].place.gazetteer_id == "gn:172955"


def test_find_places_returns_dual_governorates():
    nt = normalize("نحو محافظتي حمص وحماة")
    hits = find_places(nt, tokenize(nt.norm))
    assert [h.place.kind for h in hits] == ["governorate", "governorate"]
