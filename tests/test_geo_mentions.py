"""find_places specification: places in running Arabic text, with cue words, clitics,
coordinated governorates, actor masking and nisba adjectives."""
from __future__ import annotations

from pathlib import Path

from geopy.distance import geodesic

from text import normalize, tokenize
from geo.mentions import PlaceHit, find_places

SEED = Path(__file__).resolve().parent.parent / "data" / "articles" / "000_52d545aa72dbd2d1.txt"


def places(text: str, skip: set[int] | None = None) -> list[PlaceHit]:
    nt = normalize(text)
    return find_places(nt, tokenize(nt.norm), skip=skip)


def names(text: str) -> list[str]:
    return [h.place.name for h in places(text)]


def test_hit_offsets_are_normalised_and_exclude_clitics():
    text = "قصف الطيران بالرقة"
    nt = normalize(text)
    (h,) = find_places(nt, tokenize(nt.norm))
    assert nt.norm[h.start:h.end] == "الرقه" and (h.first, h.last) == (2, 3)


def test_clitics():
    assert names("قتلى بالرقة") == ["Raqqa"]
    assert names("طريق للرقة") == ["Raqqa"]
    assert names("هجوم وبتدمر") == ["Tadmur"]
    assert names("الطريق لحمص وحماة") == ["Homs", "Hama"]
    assert [h.place.kind for h in places("لحمص وحماة")] == ["populated_place"] * 2
    hit = places("مؤتمر صحفي عقده بالعاصمة موسكو")[0]
    assert (hit.place.name, hit.place.country, hit.cue) == ("Moscow", "RU", "capital")


def test_dual_governorates_give_two_governorate_hits():
    hits = places("دون خروج فصائل داعش من الرقة نحو محافظتي حمص وحماة")
    govs = [h for h in hits if h.place.kind == "governorate"]
    assert [h.place.gazetteer_id for h in govs] == ["gov:SY-HI", "gov:SY-HM"]
    assert all(h.cue == "governorate" for h in govs)
    assert [(h.place.geo_precision, h.place.where_prec) for h in govs] == [(3, 4), (3, 4)]


def test_cue_words_pick_the_kind():
    assert places("في محافظة حمص")[0].place.kind == "governorate"
    assert places("داخل مدينة حمص")[0].place.kind == "populated_place"
    assert places("عبروا نهر الفرات")[0].place.kind == "river"


def test_near_cue_lowers_precision():
    (h,) = places("حاولوا التوجه إلى المنطقة المحيطة بتدمر")
    assert h.place.name == "Tadmur" and h.cue == "near"
    assert (h.place.geo_precision, h.place.where_prec) == (2, 2)


def test_countryside_of_a_town():
    (h,) = places("قصف على ريف حلب الشمالي")
    assert h.place.kind == "region" and h.place.name == "Aleppo countryside"


def test_actor_tokens_are_skipped():
    text = "مطوقون من قبل قوات سوريا الديمقراطية في سوريا"
    nt = normalize(text)
    toks = tokenize(nt.norm)
    actor = {i for i, t in enumerate(toks) if t.key in ("قوات", "سوريا", "الديمقراطيه")
             and i < 6}
    hits = find_places(nt, toks, skip=actor)
    assert len(hits) == 1 and hits[0].first == 7 and hits[0].place.kind == "country"
    assert len(find_places(nt, toks)) == 2  # without masking the actor's سوريا is a place


def test_nisba_adjectives_are_not_countries():
    text = ("وزارة الدفاع الروسية والطيران الروسي والقوات السورية والقوات الأمريكية "
            "والميليشيات الكردية")
    assert places(text) == []


def test_everyday_words_need_a_cue():
    assert names("فتح الباب أمام الحوار حول الطبقة السياسية") == []
    assert names("سيطرت القوات على مدينة الباب") == ["Al-Bab"]


def test_moscow_alone_is_the_russian_capital():
    (h,) = places("موسكو - (وكالات)")
    assert h.place.country == "RU" and h.place.kind == "capital"


def test_seed_article_places_within_5_km():
    text = SEED.read_text(encoding="utf-8")
    got = {h.place.name: h.place for h in places(text)}
    expected = {"Raqqa": (35.9528, 39.0079), "Tadmur": (34.5624, 38.2840),
                "Moscow": (55.7522, 37.6156), "Euphrates": (35.95, 39.01),
                "Homs Governorate": (34.7240, 36.7256), "Hama Governorate": (35.1318, 36.7578),
                "Raqqa Governorate": (35.9528, 39.0079)}
    for name, (lat, lon) in expected.items():
        assert name in got, name
        assert geodesic((got[name].lat, got[name].lon), (lat, lon)).km <= 5, name
    kinds = {h.place.kind for h in places(text)}
    assert kinds <= {"populated_place", "capital", "governorate", "country", "river"}


def test_alternatives_are_kept_for_analysts():
    (h,) = places("في الرقة")
    assert h.place.country == "SY"
    assert any(a.country == "KW" for a in h.alternatives)


def test_area_of_a_town_is_near_it():
    (h,) = places("لتدمير مسلحي داعش في منطقة الرقة")
    assert h.place.name == "Raqqa" and h.cue == "near"
    assert (h.place.geo_precision, h.place.where_prec) == (2, 2)


def en(text: str) -> list[str]:
    return [h.place.name for h in places(text)]


def test_english_press_spellings_in_running_text():
    assert en("Air strikes hit Deir Ezzor, Rakka and Dayr az-Zawr overnight.") == [
        "Deir ez-Zor", "Raqqa", "Deir ez-Zor"]
    assert en("Clashes in Marib and near Ta'izz, south of Sana'a.") == ["Marib", "Taiz", "Sanaa"]


def test_english_words_that_are_place_names_need_a_capital_and_a_place_context():
    assert en("The shelling hit cars and homes.") == []  # not Hīt, not Kars
    assert en("Hit by mortars, the convoy stopped.") == []  # sentence-initial capital only
    assert en("Fighting in Hit left five dead; the road to Kars was closed.") == ["Hīt", "Kars"]
    assert en("The Van was parked outside.") == []
    assert en("the town of Van") == ["Van"]


def test_strong_english_names_need_only_their_capital_letter():
    assert en("Russian jets bombed Aleppo and Palmyra.") == ["Aleppo", "Tadmur"]
    assert en("russian jets bombed aleppo") == []
