"""Gazetteer specification: every name an analyst expects resolves, in Arabic (with clitics)
and English, to within 5 km of its GeoNames coordinates (governorates, rivers and regions: to
their documented representative point), with ACLED/UCDP precision codes on every Place."""
from __future__ import annotations

import pytest
from geopy.distance import geodesic

from geo.build import TSV_PATH, build_rows, render
from geo.gazetteer import Gazetteer

G = Gazetteer.default()


def near(place, lat, lon, km=5.0):
    return geodesic((place.lat, place.lon), (lat, lon)).km <= km


# Arabic, an English spelling, GeoNames lat/lon.
TOWNS = [
    ("دمشق", "Damascus", 33.5102, 36.2913), ("حلب", "Aleppo", 36.2012, 37.1612),
    ("حمص", "Homs", 34.7240, 36.7256), ("حماة", "Hama", 35.1318, 36.7578),
    ("حماه", "Hamah", 35.1318, 36.7578), ("اللاذقية", "Latakia", 35.5312, 35.7909),
    ("طرطوس", "Tartus", 34.8890, 35.8866), ("الحسكة", "Hasakah", 36.5024, 40.7477),
    ("دير الزور", "Deir ez-Zor", 35.3359, 40.1408), ("دير الزور", "Deir al-Zour", 35.3359, 40.1408),
    ("الرقة", "Raqqa", 35.9528, 39.0079), ("الرقه", "Rakka", 35.9528, 39.0079),
    ("الرقة", "Ar-Raqqah", 35.9528, 39.0079), ("إدلب", "Idlib", 35.9306, 36.6339),
    ("ادلب", "Idleb", 35.9306, 36.6339), ("درعا", "Daraa", 32.6189, 36.1021),
    ("السويداء", "Sweida", 32.7090, 36.5695), ("القنيطرة", "Quneitra", 33.1260, 35.8246),
    ("القامشلي", "Qamishli", 37.0521, 41.2314), ("دوما", "Douma", 33.5718, 36.4027),
    ("منبج", "Manbij", 36.5281, 37.9549), ("تدمر", "Palmyra", 34.5624, 38.2840),
    ("تدمر", "Tadmur", 34.5624, 38.2840), ("تدمر", "Tadmor", 34.5624, 38.2840),
    ("البوكمال", "Abu Kamal", 34.4523, 40.9185), ("البوكمال", "Al-Bukamal", 34.4523, 40.9185),
    ("الميادين", "Mayadin", 35.0198, 40.4515), ("جرابلس", "Jarabulus", 36.8175, 38.0111),
    ("اعزاز", "Azaz", 36.5866, 37.0463), ("عفرين", "Afrin", 36.5119, 36.8695),
    ("سراقب", "Saraqib", 35.8645, 36.8059), ("جسر الشغور", "Jisr al-Shughur", 35.8142, 36.3198),
    ("معرة النعمان", "Maarat al-Numan", 35.6483, 36.6769),
    ("خان شيخون", "Khan Shaykhun", 35.4421, 36.6510), ("السلمية", "Salamiyah", 35.0113, 37.0532),
    ("الرستن", "Rastan", 34.9267, 36.7324), ("النبك", "Nabk", 34.0240, 36.7285),
    ("القريتين", "Al Qaryatayn", 34.2296, 37.2407), ("يبرود", "Yabroud", 33.9692, 36.6573),
    ("الزبداني", "Zabadani", 33.7249, 36.1005), ("بانياس", "Banias", 35.1819, 35.9487),
    ("جبلة", "Jableh", 35.3621, 35.9276), ("مصياف", "Masyaf", 35.0653, 36.3406),
    ("القرداحة", "Qardaha", 35.4564, 36.0591), ("داريا", "Darayya", 33.4584, 36.2326),
    ("حرستا", "Harasta", 33.5587, 36.3651), ("عين العرب", "Kobani", 36.8909, 38.3535),
    ("تل أبيض", "Tal Abyad", 36.6965, 38.9538), ("رأس العين", "Ras al-Ain", 36.8503, 40.0705),
    ("عامودا", "Amuda", 37.1042, 40.9300), ("الباب", "Al Bab", 36.3705, 37.5157),
    ("الطبقة", "Tabqa", 35.8376, 38.5483),
]


@pytest.mark.parametrize("ar,en,lat,lon", TOWNS, ids=[t[1] for t in TOWNS])
def test_syrian_towns_in_arabic_and_english(ar, en, lat, lon):
    for name in (ar, en):
        best = G.lookup(name, country="SY")[0].place
        assert near(best, lat, lon), (name, best)
        assert best.country == "SY" and best.geo_precision == 1 and best.where_prec == 1


GOVERNORATES = {
    "SY-DI": "محافظة دمشق", "SY-RD": "ريف دمشق", "SY-HL": "محافظة حلب", "SY-HI": "محافظة حمص",
    "SY-HM": "محافظة حماة", "SY-ID": "محافظة إدلب", "SY-LA": "محافظة اللاذقية",
    "SY-TA": "محافظة طرطوس", "SY-RA": "محافظة الرقة", "SY-DY": "محافظة دير الزور",
    "SY-HA": "محافظة الحسكة", "SY-DR": "محافظة درعا", "SY-SU": "محافظة السويداء",
    "SY-QU": "محافظة القنيطرة",
}


@pytest.mark.parametrize("code,ar", GOVERNORATES.items())
def test_the_14_governorates(code, ar):
    entry = G.get(f"gov:{code}")
    best = G.lookup(ar)[0].place
    assert best.gazetteer_id == f"gov:{code}"
    assert (best.kind, best.geo_precision, best.where_prec) == ("governorate", 3, 4)
    assert near(best, entry.lat, entry.lon, km=0.01)  # the representative point
    assert G.lookup(entry.name)[0].place.gazetteer_id == f"gov:{code}"


def test_governorate_cue_beats_city_and_bare_name_prefers_city():
    assert G.lookup("حمص", cue="governorate")[0].place.kind == "governorate"
    assert G.lookup("حمص")[0].place.kind == "populated_place"
    assert G.lookup("محافظة حماه")[0].place.gazetteer_id == "gov:SY-HM"


RIVERS = [("نهر الفرات", "Euphrates", 35.95, 39.01), ("الفرات", "Euphrates", 35.95, 39.01),
          ("دجلة", "Tigris", 37.10, 42.38), ("نهر الخابور", "Khabur", 36.50, 40.75),
          ("نهر العاصي", "Orontes", 35.14, 36.75), ("البليخ", "Balikh", 36.20, 39.09)]


@pytest.mark.parametrize("ar,en,lat,lon", RIVERS)
def test_rivers_are_natural_features(ar, en, lat, lon):
    for name in (ar, en):
        p = G.lookup(name)[0].place
        assert p.kind == "river" and p.name == en and near(p, lat, lon)
        assert (p.geo_precision, p.where_prec) == (3, 5)
    assert len(G.get(G.lookup(ar)[0].place.gazetteer_id).points) >= 3  # course for maps


REGIONS = [("البادية السورية", 34.60, 38.50), ("الغوطة الشرقية", 33.55, 36.45),
           ("الغوطة الغربية", 33.46, 36.20), ("القلمون", 33.95, 36.65),
           ("جبل الزاوية", 35.68, 36.55), ("ريف حلب", 36.2012, 37.1612),
           ("ريف إدلب", 35.9306, 36.6339), ("ريف حماة", 35.1318, 36.7578),
           ("ريف حمص", 34.7240, 36.7256), ("الجزيرة السورية", 36.50, 40.50)]


@pytest.mark.parametrize("ar,lat,lon", REGIONS)
def test_regions(ar, lat, lon):
    p = G.lookup(ar)[0].place
    assert p.kind == "region" and near(p, lat, lon) and p.geo_precision == 3


def test_ريف_دمشق_is_the_governorate():
    assert G.lookup("ريف دمشق")[0].place.gazetteer_id == "gov:SY-RD"


@pytest.mark.parametrize("ar,iso", [
    ("سوريا", "SY"), ("سورية", "SY"), ("روسيا", "RU"), ("تركيا", "TR"), ("العراق", "IQ"),
    ("إيران", "IR"), ("الولايات المتحدة", "US"), ("فرنسا", "FR"), ("بريطانيا", "GB"),
    ("لبنان", "LB"), ("الأردن", "JO"), ("اليمن", "YE"), ("السعودية", "SA"), ("مصر", "EG"),
    ("ليبيا", "LY")])
def test_countries_by_common_arabic_name(ar, iso):
    p = G.lookup(ar)[0].place
    assert (p.kind, p.country, p.geo_precision, p.where_prec) == ("country", iso, 3, 6)


@pytest.mark.parametrize("name", ["بالرقة", "للرقة", "وبالرقة", "فالرقة", "كالرقة"])
def test_clitics_on_lookup(name):
    assert G.lookup(name)[0].place.gazetteer_id == "gn:172955"


def test_ambiguous_names_rank_syria_and_capitals_first():
    raqqa = G.lookup("الرقة")
    assert raqqa[0].place.country == "SY"
    assert any(c.place.country == "KW" for c in raqqa)  # Kuwait's Ar Riqqah is kept as an alternative
    assert G.lookup("الرقة", country="KW")[0].place.country == "KW"
    moscow = G.lookup("موسكو", country="SY")[0].place
    assert (moscow.country, moscow.kind) == ("RU", "capital")
    assert near(moscow, 55.7522, 37.6156)


@pytest.mark.parametrize("word", ["السورية", "الروسي", "الروسية", "الأمريكية", "الكردية"])
def test_nisba_adjectives_are_not_places(word):
    assert G.lookup(word) == []


def test_ordinary_words_do_not_hit_names_with_article():
    assert G.lookup("ورقة") == []  # "paper", not و + الرقة


def test_world_capitals_and_major_cities():
    for ar, en in [("أنقرة", "Ankara"), ("طهران", "Tehran"), ("واشنطن", "Washington"),
                   ("بغداد", "Baghdad"), ("بيروت", "Beirut"), ("عمان", "Amman")]:
        assert G.lookup(ar)[0].place.kind in ("capital", "country"), ar
    assert G.lookup("Ankara")[0].place.country == "TR"


def test_lookup_returns_copies():
    G.lookup("تدمر")[0].place.name = "changed"
    assert G.lookup("تدمر")[0].place.name == "Tadmur"


def test_bundled_tsv_is_reproducible_from_sources():
    assert render(build_rows()) == TSV_PATH.read_text(encoding="utf-8")
