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


def test_the_protectors_of_the_homeland_are_not_hama():
    assert names("وقتل الانتحاري عددا من حماة الوطن في مسجد بمدينة أبها") == ["Abha"]


def test_town_names_that_are_a_pronoun_a_verb_or_a_given_name_need_a_place_word():
    assert names("وتساءل الأهالي: هل اختطفوا منا أحدا؟ ودان رئيس الإقليم الهجوم، وقالت مروة إنها بخير") == []
    assert names("قتل 20 شخصا في تفجير انتحاري في مدينة مروة أقصى شمال الكاميرون") == [
        "Maroua", "Cameroon"]


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


def en_text(text: str) -> list[str]:
    """Place names found in an English article's text (``language="en"``)."""
    nt = normalize(text)
    return [h.place.name for h in find_places(nt, tokenize(nt.norm), language="en")]


def test_english_months_weekdays_and_acronyms_are_not_places():
    assert en_text("The siege began in March and ended on a Friday in May.") == []
    assert en_text("The Union of Medical Care (UOSSM) and the SAMS team said so.") == []
    assert en_text("Flights from the UAE landed in Aleppo.") == ["United Arab Emirates", "Aleppo"]


def test_a_place_that_names_a_street_is_not_the_place():
    assert en_text("A shell fell on Baghdad Street in central Damascus.") == ["Damascus"]
    assert names("سقط صاروخ على شارع بغداد في دمشق") == ["Damascus"]


def test_one_word_of_a_longer_english_name_is_not_a_place():
    # a gate of an old city, a clan's quarter, a power plant, a person, a newspaper
    assert en_text("Mortars hit the Bab Touma area and the Bani Hashem quarter.") == []
    assert en_text("Rebels shelled the Zara Power Plant on Monday.") == []
    assert en_text("The spokesman Khaled al-Asmar was wounded near Hama.") == ["Hama"]
    assert en_text("He told Asharq Al-Awsat the offensive had stalled.") == []


def test_english_neighbours_that_do_not_make_a_longer_name():
    # lost commas between strong names, a place word, a weekday, a sentence's first word
    assert en_text("Envoys of Turkey Russia and Iran met.") == ["Turkey", "Russia", "Iran"]
    assert en_text("Clashes near Hama Tuesday killed ten. In Iraq the army advanced.") == [
        "Hama", "Iraq"]
    assert en_text("Jets struck the Ariha Countryside.") == ["Arīḩā"]
    # a strong name keeps its place next to capitals left by lost punctuation, and its al-Y
    # quarter is a part of it
    assert en_text("Rebels attacked Syrias Aleppo and Daraa al-Mahatta overnight.") == [
        "Aleppo", "Daraa"]


def test_a_province_named_with_its_kind_in_lower_case_is_the_province():
    assert en_text("Fighting raged in Helmand province and Anbar province on Monday.") == [
        "Helmand Province", "Al-Anbar Governorate"]
    assert en_text("Gunmen raided a village in Borno state on Sunday.") == ["Borno State"]


def test_a_name_written_with_its_lower_case_article_is_the_place():
    assert en_text("Shells fell on al-Raqqa and el-Arish, and fighting went on in ad-Dana.")[:2] == [
        "Raqqa", "Arish"]
    assert en_text("Most cars in the city were hit.") == []  # lower case alone: no place


def test_a_headline_in_title_case_keeps_its_places():
    assert en_text("Army Troops Advance Towards Palmyra From Homs Desert") == ["Tadmur", "Homs"]


def test_arabic_family_names_and_nouns_with_adjectives_are_not_places():
    assert names("وقال محمد الأحمدي المتحدث باسم الشرطة إن الهجوم فشل") == []
    assert names("استعادت القوات القصر الجمهوري وسط المدينة") == []
    assert names("وقع انفجار في الحي التجاري صباح اليوم") == []
    # an adjective of direction or one made from a place keeps the place
    assert names("قصف على الرقة الشمالية وعلى الموصل العراقية") == ["Raqqa", "Mosul"]


def test_a_definite_cue_word_before_an_everyday_word_is_a_noun_with_its_adjective():
    assert names("تحصن المسلحون في الجبل الأبيض المطل على السهل") == []
    assert names("سيطر الجيش على مدينة الباب") == ["Al-Bab"]


def test_a_spelling_variant_after_a_cue_of_kind_is_a_weak_reading():
    nt = normalize("اشتبك الجيش مع مسلحين في إقليم باداخشان وفي محافظة ديارباكر")
    hits = find_places(nt, tokenize(nt.norm), weak=True)
    assert [(h.place.gazetteer_id, h.weak) for h in hits] == [
        ("gov:AF-BDS", True), ("gov:TR-21", True)]
    # without the cue word, or without asking for weak readings, nothing is guessed
    assert names("اشتبك الجيش مع مسلحين في باداخشان") == []
    assert names("اشتبك الجيش مع مسلحين في إقليم باداخشان") == []
    # a direction is no cue of kind: «جنوب محمد» is no Mahmudiyah
    nt = normalize("وصل إلى جنوب محمد")
    assert find_places(nt, tokenize(nt.norm), weak=True) == []


def test_a_name_after_the_head_of_a_compound_place_name_is_another_place():
    assert "Wasit Governorate" not in names("قصفت الطائرات قرية تل واسط في سهل الغاب")
    assert "Damascus" not in names("وسقطت قذيفة على بلدة كفر دمشق")
    assert names("سيطر المقاتلون على مدينة تل أبيض") == ["Tal Abyad"]


def test_everyday_words_named_like_foreign_towns_are_no_places_without_a_cue():
    assert "Metula" not in names("اشتباكات في قرى جبل صبر المطلة على مدينة تعز")
    assert "Central District" not in names("قال قائد المقاومة في المنطقة الوسطى بمحافظة أبين")
    assert "Al Aḩmadī" not in names("وأكد علي الأحمدي، المتحدث باسم المقاومة، أن المعارك مستمرة")
    assert "Mafraq" not in names("قصفت الطائرات تجمعا للمسلحين عند مفرق الوازعية")
