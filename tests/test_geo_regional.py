"""The regional gazetteer: governorates of Syria's neighbours in war, and towns and sites of
Yemen, Iraq, Libya, Sinai, Turkey's border provinces and Afghanistan, in Arabic (with clitics)
and English, land within 5 km of GeoNames (sites: of their curated, sourced point)."""
from __future__ import annotations

import pytest
import yaml
from geopy.distance import geodesic

from geo.build import CURATED_PATH, SITE_KINDS
from geo.gazetteer import Gazetteer

G = Gazetteer.default()


def near(place, lat, lon, km=5.0):
    return geodesic((place.lat, place.lon), (lat, lon)).km <= km


# Arabic, English, ISO country, GeoNames lat/lon.
TOWNS = [
    # Yemen
    ("لحج", "Lahij", "YE", 13.0567, 44.8819), ("إب", "Ibb", "YE", 13.9667, 44.1833),
    ("مأرب", "Marib", "YE", 15.4625, 45.3258), ("زنجبار", "Zinjibar", "YE", 13.1287, 45.3807),
    ("عتق", "Ataq", "YE", 14.5377, 46.8319), ("الضالع", "Dhale", "YE", 13.6957, 44.7314),
    ("صنعاء", "Sanaa", "YE", 15.3545, 44.2065), ("تعز", "Taiz", "YE", 13.5795, 44.0209),
    ("عدن", "Aden", "YE", 12.7796, 45.0385), ("الحديدة", "Hodeidah", "YE", 14.7978, 42.9545),
    ("المكلا", "Mukalla", "YE", 14.5425, 49.1242), ("صعدة", "Saada", "YE", 16.9402, 43.7639),
    ("حجة", "Hajjah", "YE", 15.6943, 43.6058), ("ذمار", "Dhamar", "YE", 14.5427, 44.4051),
    ("عمران", "Amran", "YE", 15.6594, 43.9438), ("المخا", "Mokha", "YE", 13.3181, 43.2499),
    ("جعار", "Jaar", "YE", 13.223, 45.306), ("يريم", "Yarim", "YE", 14.2980, 44.3779),
    ("زبيد", "Zabid", "YE", 14.1951, 43.3152), ("رداع", "Rada'a", "YE", 14.415, 44.837),
    # Iraq
    ("الموصل", "Mosul", "IQ", 36.3350, 43.1189), ("الرمادي", "Ramadi", "IQ", 33.4206, 43.3078),
    ("الفلوجة", "Fallujah", "IQ", 33.3491, 43.7860), ("تكريت", "Tikrit", "IQ", 34.6158, 43.6786),
    ("بيجي", "Baiji", "IQ", 34.9291, 43.4888), ("سامراء", "Samarra", "IQ", 34.1959, 43.8857),
    ("كركوك", "Kirkuk", "IQ", 35.4681, 44.3922), ("الرطبة", "Rutba", "IQ", 33.0372, 40.2859),
    ("تلعفر", "Tal Afar", "IQ", 36.3791, 42.4481), ("سنجار", "Sinjar", "IQ", 36.3209, 41.8766),
    ("أربيل", "Erbil", "IQ", 36.1912, 44.0094), ("دهوك", "Duhok", "IQ", 36.8661, 42.9879),
    ("بعقوبة", "Baqubah", "IQ", 33.7540, 44.6052), ("الشرقاط", "Shirqat", "IQ", 35.517, 43.228),
    ("الحويجة", "Hawija", "IQ", 35.326, 43.773), ("مخمور", "Makhmour", "IQ", 35.7762, 43.5797),
    ("خانقين", "Khanaqin", "IQ", 34.3482, 45.3907),
    ("طوز خورماتو", "Tuz Khurmatu", "IQ", 34.8881, 44.6326),
    # Libya
    ("سرت", "Sirte", "LY", 31.2089, 16.5887), ("بنغازي", "Benghazi", "LY", 32.1149, 20.0686),
    ("درنة", "Derna", "LY", 32.7670, 22.6367), ("مصراتة", "Misrata", "LY", 32.3753, 15.0925),
    ("أجدابيا", "Ajdabiya", "LY", 30.7554, 20.2263), ("طبرق", "Tobruk", "LY", 32.0896, 23.9538),
    ("سبها", "Sabha", "LY", 27.0377, 14.4283), ("غريان", "Gharyan", "LY", 32.1722, 13.0203),
    ("بني وليد", "Bani Walid", "LY", 31.7455, 13.9835), ("زليتن", "Zliten", "LY", 32.4674, 14.5687),
    ("صبراتة", "Sabratha", "LY", 32.7933, 12.4885), ("البريقة", "Brega", "LY", 30.406, 19.574),
    ("بن جواد", "Bin Jawad", "LY", 30.804, 18.077), ("ترهونة", "Tarhuna", "LY", 32.4350, 13.6332),
    # Egypt: Sinai
    ("العريش", "Arish", "EG", 31.1316, 33.7984),
    ("الشيخ زويد", "Sheikh Zuweid", "EG", 31.216, 34.111),
    ("بئر العبد", "Bir al-Abd", "EG", 31.019, 33.010),
    ("شرم الشيخ", "Sharm el-Sheikh", "EG", 27.9158, 34.3299),
    ("نويبع", "Nuweiba", "EG", 29.0468, 34.6634), ("طابا", "Taba", "EG", 29.4920, 34.8957),
    # Turkey: the border provinces
    ("كلس", "Kilis", "TR", 36.7161, 37.1150), ("غازي عنتاب", "Gaziantep", "TR", 37.0594, 37.3825),
    ("أورفة", "Urfa", "TR", 37.1671, 38.7939), ("أقجة قلعة", "Akcakale", "TR", 36.7111, 38.9475),
    ("جيلان بينار", "Ceylanpinar", "TR", 36.8472, 40.0500), ("سروج", "Suruc", "TR", 36.9761, 38.4253),
    ("الريحانية", "Reyhanli", "TR", 36.2679, 36.5675), ("أنطاكية", "Antakya", "TR", 36.2066, 36.1572),
    ("نصيبين", "Nusaybin", "TR", 37.0703, 41.2146), ("ماردين", "Mardin", "TR", 37.3131, 40.7436),
    ("جزرة", "Cizre", "TR", 37.3302, 42.1848), ("شرناق", "Sirnak", "TR", 37.5139, 42.4543),
    # Afghanistan
    ("كابل", "Kabul", "AF", 34.5281, 69.1723), ("قندهار", "Kandahar", "AF", 31.6133, 65.7101),
    ("هرات", "Herat", "AF", 34.3482, 62.1997), ("قندوز", "Kunduz", "AF", 36.7289, 68.8570),
    ("جلال أباد", "Jalalabad", "AF", 34.4265, 70.4515),
    ("لشكر كاه", "Lashkar Gah", "AF", 31.5938, 64.3716), ("غزنة", "Ghazni", "AF", 33.5539, 68.4210),
    ("خوست", "Khost", "AF", 33.3395, 69.9204), ("سنجين", "Sangin", "AF", 32.0727, 64.8359),
    ("موسى قلعة", "Musa Qala", "AF", 32.4457, 64.7449), ("باميان", "Bamyan", "AF", 34.8216, 67.8273),
]


@pytest.mark.parametrize("ar,en,cc,lat,lon", TOWNS, ids=[t[1] for t in TOWNS])
def test_towns_of_the_region_in_arabic_and_english(ar, en, cc, lat, lon):
    for name in (ar, en):
        best = G.lookup(name)[0].place
        assert best.country == cc and near(best, lat, lon), (name, best)
        assert (best.geo_precision, best.where_prec) == (1, 1)


def test_enough_towns_across_the_region():
    assert len(TOWNS) >= 60
    assert {t[2] for t in TOWNS} >= {"YE", "IQ", "LY", "EG", "TR", "AF"}


@pytest.mark.parametrize("name,gid", [
    ("بلحج", "gn:73560"), ("وبمأرب", "gn:72968"), ("للعند", "site:al_anad"),
    ("والموصل", "gn:99072"), ("بالفلوجة", "gn:99454"), ("لسرت", "gn:2210554"),
    ("وبزنجبار", "gn:69426"), ("فالعريش", "gn:361546")])
def test_clitic_forms(name, gid):
    assert G.lookup(name)[0].place.gazetteer_id == gid


def test_a_name_of_two_countries_follows_the_country_asked_for():
    assert G.lookup("البيضاء", country="YE")[0].place.country == "YE"
    assert G.lookup("البيضاء", country="LY")[0].place.country == "LY"
    assert G.lookup("رفح", country="EG")[0].place.country == "EG"
    assert G.lookup("رفح", country="PS")[0].place.country == "PS"


GOVERNORATES = [  # ISO 3166-2, an Arabic form, an English form
    ("YE-LA", "محافظة لحج", "Lahij Governorate"), ("YE-MA", "محافظة مأرب", "Marib Governorate"),
    ("YE-AB", "محافظة أبين", "Abyan Governorate"), ("YE-SH", "محافظة شبوة", "Shabwah Governorate"),
    ("YE-BA", "محافظة البيضاء", "Al Bayda Governorate"), ("YE-DA", "محافظة الضالع", "Dhale Governorate"),
    ("YE-TA", "محافظة تعز", "Taiz Governorate"), ("YE-HU", "محافظة الحديدة", "Al Hudaydah Governorate"),
    ("YE-SD", "محافظة صعدة", "Saada Governorate"), ("YE-HD", "محافظة حضرموت", "Hadramawt"),
    ("IQ-AN", "محافظة الأنبار", "Al-Anbar Governorate"), ("IQ-NI", "محافظة نينوى", "Nineveh Governorate"),
    ("IQ-SD", "محافظة صلاح الدين", "Salah Al-Din Governorate"), ("IQ-DI", "محافظة ديالى", "Diyala Governorate"),
    ("IQ-KI", "محافظة كركوك", "Kirkuk Governorate"), ("IQ-BG", "محافظة بغداد", "Baghdad Governorate"),
    ("IQ-BA", "محافظة البصرة", "Basra Governorate"), ("IQ-DQ", "محافظة ذي قار", "Dhi Qar Governorate"),
    ("LY-BA", "شعبية بنغازي", "Banghazi Popularate"), ("LY-SR", "محافظة سرت", "Surt Popularate"),
    ("LY-DR", "شعبية درنة", "Darnah Popularate"), ("LY-TB", "شعبية طرابلس", "Tarabulus Popularate"),
    ("LY-MI", "شعبية مصراتة", "Misratah Popularate"), ("LY-JU", "شعبية الجفرة", "Jufra"),
    ("TR-79", "ولاية كلس", "Kilis Province"), ("TR-31", "ولاية هاتاي", "Hatay Province"),
    ("TR-63", "ولاية شانلي أورفة", "Sanliurfa Province"), ("AF-HEL", "ولاية هلمند", "Helmand"),
    ("AF-NAN", "ولاية ننكرهار", "Nangarhar Province"), ("NG-BO", "ولاية بورنو", "Borno State"),
]


@pytest.mark.parametrize("iso,ar,en", GOVERNORATES, ids=[g[0] for g in GOVERNORATES])
def test_governorates_of_the_region(iso, ar, en):
    for name in (ar, en):
        best = G.lookup(name)[0].place
        assert best.gazetteer_id == f"gov:{iso}", (name, best)
        assert (best.kind, best.geo_precision, best.where_prec) == ("governorate", 3, 4)


@pytest.mark.parametrize("cc", ["SY", "IQ", "YE", "LY"])
def test_every_governorate_of_the_war_zones_answers_to_its_arabic_name(cc):
    govs = [e for e in G.rows if e.kind == "governorate" and e.country == cc]
    assert len(govs) >= 14
    for e in govs:
        assert e.name_ar, e.id
        assert G.lookup(e.name_ar, country=cc)[0].place.gazetteer_id == e.id, e.name_ar


def test_every_country_of_the_region_has_arabic_governorate_names():
    region = yaml.safe_load(CURATED_PATH.read_text(encoding="utf-8"))["region"]
    for cc in region:
        govs = [e for e in G.rows if e.kind == "governorate" and e.country == cc]
        assert govs and all(e.name_ar for e in govs), cc


SITES = yaml.safe_load(CURATED_PATH.read_text(encoding="utf-8"))["sites"]


@pytest.mark.parametrize("site", SITES, ids=[s["id"] for s in SITES])
def test_curated_sites_have_a_source_and_answer_to_their_names(site):
    assert site["source"].startswith("https://") and site["type"] in SITE_KINDS
    for name in (site["name_ar"], site["name"], *site.get("aliases", [])):
        best = G.lookup(name)[0].place
        assert best.gazetteer_id == site["id"], (name, best)
        assert best.kind == "site" and near(best, site["lat"], site["lon"], km=0.1)


@pytest.mark.parametrize("phrase,gid", [
    ("قاعدة العند", "site:al_anad"), ("مطار كويرس", "site:kuweires"),
    ("بمطار التيفور", "site:t4"), ("سد الفرات", "site:tabqa_dam"),
    ("معبر باب الهوى", "site:bab_al_hawa"), ("حقل العمر", "site:al_omar_field"),
    ("Incirlik Air Base", "site:incirlik"), ("Kuweires", "site:kuweires")])
def test_sites_by_the_names_the_news_uses(phrase, gid):
    assert G.lookup(phrase)[0].place.gazetteer_id == gid


@pytest.mark.parametrize("spelling,gid", [
    ("Deir ez-Zor", "gn:170794"), ("Deir Ezzor", "gn:170794"), ("Dayr az-Zawr", "gn:170794"),
    ("Raqqa", "gn:172955"), ("Rakka", "gn:172955"), ("ar-Raqqah", "gn:172955"),
    ("Palmyra", "gn:163808"), ("Tadmur", "gn:163808"), ("Hasakeh", "gn:173811"),
    ("al-Hasakah", "gn:173811"), ("Lattakia", "gn:173576"), ("Latakia", "gn:173576"),
    ("Marib", "gn:72968"), ("Ma'rib", "gn:72968"), ("Sanaa", "gn:71137"), ("Sana'a", "gn:71137"),
    ("Taiz", "gn:70225"), ("Ta'izz", "gn:70225"), ("Kobane", "gn:172256"),
    ("Ain al-Arab", "gn:172256"), ("عين العرب", "gn:172256"), ("Marea", "gn:167245"),
    ("Tal Rifaat", "gn:163476"), ("Tell Rifaat", "gn:163476"),
    ("ليجي", "gn:305089"), ("دوغو بايزيد", "gn:316411"), ("دوجو بايزيد", "gn:316411"),
    ("ظهران الجنوب", "cur:dhahran-janub"), ("محافظة ظهران الجنوب", "cur:dhahran-janub"),
    ("صامطة", "cur:samtah")])
def test_press_spellings(spelling, gid):
    assert G.lookup(spelling)[0].place.gazetteer_id == gid


def test_districts_are_second_level_units():
    best = G.lookup("مديرية زبيد")[0].place
    assert best.kind == "district" and (best.geo_precision, best.where_prec) == (2, 3)
    assert best.country == "YE" and near(best, 14.1951, 43.3152, km=10)
    assert G.lookup("زبيد")[0].place.kind == "populated_place"  # the town, without the cue
