"""Places resolved in context (the pipeline's ``place_context`` step and `geo.context`): the
article's focus picks among readings, foreign homonyms and hamlets need support, a country or
capital acting or heading a dateline is no location, nor is a launch site or the venue of a
press conference or a visit, and "المدينة" /
"the city" refers back to the last place of its kind. Every sentence here is written for the
test."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract
from geo.context import Focus, Reading, article_focus, resolve
from geo.gazetteer import Gazetteer

G = Gazetteer.default()
PUBLISHED = date(2016, 3, 1)


def places(text: str) -> list[tuple[str, str, str | None, str]]:
    """(surface, place name, country, not_location) of each place mention after the step."""
    return [(m.text, m.place.name, m.place.country, m.not_location)
            for m in annotate(text, published=PUBLISHED).places]


def located(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=PUBLISHED)]


# Focus and the nearest reading

def test_an_ambiguous_name_takes_the_reading_of_the_article_country():
    yemen = places("دارت معارك عنيفة في البيضاء بعد سيطرة المسلحين على مواقع في محافظة أبين")
    assert yemen[0][:3] == ("البيضاء", "Al Bayda", "YE")
    libya = places("قال مسؤول في بنغازي إن قوات الجيش انتشرت في البيضاء شرق ليبيا")
    assert ("البيضاء", "Al Bayḑā’", "LY") in [p[:3] for p in libya]


def test_the_focus_counts_governorates_more_than_a_town_and_ignores_actors():
    readings = [Reading([G.lookup("محافظة لحج")[0].place]),
                Reading([G.lookup("روسيا")[0].place], counts=False),
                Reading([G.lookup("عدن")[0].place])]
    focus = article_focus(readings)
    assert set(focus.countries) == {"YE"} and focus.holds("YE")


def test_a_name_near_the_other_places_of_its_sentence_wins():
    # رفح: Egypt's Rafah next to Sheikh Zuweid, Gaza's next to Khan Younis.
    assert ("رفح", "EG") in [(p[0], p[2]) for p in places(
        "قتل ثلاثة جنود في هجوم على كمين بين الشيخ زويد ورفح شمال سيناء")]
    assert ("رفح", "PS") in [(p[0], p[2]) for p in places(
        "قصفت الطائرات منازل في خان يونس ورفح جنوب قطاع غزة")]


def test_the_default_focus_applies_only_when_the_article_names_no_country():
    r = [Reading([G.lookup("البيضاء", country="LY")[0].place,
                  G.lookup("البيضاء", country="YE")[0].place])]
    assert article_focus(r, default=("YE",)).countries  # the article's own evidence first
    assert article_focus([], default=("YE",)).countries == {"YE": 0.5}


# Foreign homonyms and hamlets

def test_a_foreign_town_named_with_a_local_cue_is_not_taken():
    got = places("استهدف القصف حي المشهد وسط مدينة حلب وقرية السويدية في ريف اللاذقية")
    countries = {p[2] for p in got}
    assert countries == {"SY"}  # neither Mashhad (IR) nor Samandağ (TR)


def test_a_foreign_town_is_taken_when_the_article_is_about_its_country():
    got = places("وصل الرئيس الإيراني إلى مشهد في شمال شرق إيران لزيارة مدينة مشهد")
    assert ("IR" in {p[2] for p in got}) and any(p[1] == "Mashhad" for p in got)


def test_a_small_foreign_town_named_bare_needs_company_in_its_country():
    # «المطلة» ("overlooking") is also Metula, a village in Israel
    got = places("اشتباكات عنيفة في عدن ولحج. وتمركز القناصة في المباني المطلة على الميناء.")
    assert [p[1] for p in got] == ["Aden", "Lahij"]
    got = places("نقل الجرحى من إدلب وحلب إلى كلس في تركيا")
    # Kilis with its country as company (where the wounded were taken: a transfer, no event's
    # place — tests/test_arabic_wounded_taken_to.py)
    assert ("كلس", "Kilis", "TR", "transfer") in got
    # a big foreign city needs none
    got = places("قصف على إدلب وحلب. ووصل الجرحى إلى غازي عنتاب لتلقي العلاج")
    assert ("غازي عنتاب", "Gaziantep", "TR", "") in got


def test_a_spelling_variant_is_kept_only_in_the_country_the_article_is_about():
    got = places("قتل جنديان في هجوم لطالبان في ولاية قندوز. وفي إقليم نانجارهار شرق "
                 "أفغانستان أصيب شرطيان")
    assert ("نانجارهار", "Nangarhar Province", "AF", "") in got
    got = places("قصفت الطائرات مواقع في حلب وإدلب وريف حماة. وفي إقليم نانجارهار قتل شخص")
    assert "Nangarhar Province" not in [p[1] for p in got]


def test_resolve_drops_a_foreign_local_reading_and_keeps_the_focus_one():
    mashhad = G.lookup("مشهد")[0].place
    focus = Focus({"SY": 3.0})
    assert resolve([Reading([mashhad], cue="town")], focus) == [None]
    assert resolve([Reading([mashhad])], focus) == [mashhad]  # no local cue: Mashhad


# Everyday words

def test_an_everyday_word_is_a_place_only_after_a_preposition_in_its_country():
    assert ("الطبقة", "Tabqa", "SY", "") in places("قتل خمسة في الرقة والطبقة بغارات للتحالف")
    assert places("رفعت الفصائل الراية البيضاء") == []
    assert "البيضاء" not in [p[0] for p in places("تظاهر العشرات في البيضاء بليبيا وطرابلس")
                             if p[2] == "YE"]


# How a mention is used: actor, dateline, launch site

def test_a_country_named_as_the_attacker_is_not_the_location():
    # the actor steps may take «روسيا» as the actor itself; either way it locates nothing
    got = places("قصفت روسيا مواقع للمعارضة في ريف إدلب")
    assert not [p for p in got if p[1] == "Russia" and p[3] == ""]
    assert located("قصفت روسيا مواقع للمعارضة في ريف إدلب") == ["Idlib countryside"]


def test_a_capital_that_speaks_is_not_a_location():
    got = places("وأعلنت موسكو أن طائراتها دمرت مخازن أسلحة قرب تدمر")
    assert ("موسكو", "Moscow", "RU", "actor") in got
    assert ("تدمر", "Tadmur", "SY", "") in got


def test_a_capital_after_a_preposition_is_where_it_happened_not_who_did_it():
    text = "وفي صنعاء قتل ثلاثة مدنيين في انفجار عبوة ناسفة صباح اليوم"
    assert ("صنعاء", "Sanaa", "YE", "") in places(text)
    assert located(text)[:1] == ["Sanaa"]


def test_an_english_country_that_acts_is_not_a_location():
    got = places("Russia said its jets hit targets near Palmyra.")
    assert ("Russia", "Russia", "RU", "actor") in got


def test_a_dateline_is_not_a_location():
    got = places("موسكو ـ (وكالات): شنت الطائرات غارات على مواقع في دير الزور")
    assert got[0] == ("موسكو", "Moscow", "RU", "dateline")
    assert located("موسكو ـ (وكالات): شنت الطائرات غارات على مواقع في دير الزور") == [
        "Deir ez-Zor"]


def test_a_launch_site_is_not_where_the_strike_hit():
    text = "أطلقت السفن الحربية صواريخ مجنحة من بحر قزوين على مواقع في محافظة الرقة"
    assert ("بحر قزوين", "Caspian Sea", None, "launch_site") in places(text)
    assert located(text) == ["Raqqa Governorate"]


def test_from_a_town_without_a_launch_verb_is_still_a_place():
    got = places("انسحب المقاتلون من بلدة تل أبيض نحو الرقة")
    assert all(p[3] == "" for p in got)


def test_where_a_speaker_spoke_is_not_where_the_event_happened():
    text = "وقال وزير الدفاع في مؤتمر صحافي عقده في عمان إن القصف استهدف قرية قرب درعا"
    assert ("عمان", "Amman", "JO", "venue") in places(text)
    assert located(text) == ["Daraa"]
    visit = "وأكد المبعوث خلال زيارته إلى القاهرة أن الغارات قتلت 9 مدنيين في مدينة سرت"
    assert located(visit) == ["Sirte"]
    assert located("The general told reporters in Baghdad that a car bomb killed 6 people in "
                   "Kirkuk on Sunday.") == ["Kirkuk"]
    before_press = "وقال الوزير أمام الصحافيين في عمان إن انفجار عبوة ناسفة قتل 4 جنود في درعا"
    assert located(before_press) == ["Daraa"]


def test_a_meeting_place_stays_a_place():
    # an agreement's place is where it was signed
    got = places("ووقع الطرفان اتفاقا لوقف إطلاق النار خلال اجتماع في الدوحة")
    assert ("الدوحة", "Doha", "QA", "") in got


# "The city"

def test_the_city_is_the_place_not_the_reference_point_beside_it():
    text = "وفي بلدة تلعفر، 60 كلم غرب الموصل، قتل أربعة مسلحين بقصف مدفعي وسط المدينة."
    assert located(text) == ["Tal Afar"]

def test_a_sentence_with_no_place_takes_the_place_of_the_event_it_continues():
    assert located("قصفت طائرات روسية مدينة تدمر فجر اليوم. وأسفرت الغارات عن مقتل 20 مسلحا "
                   "وتدمير 5 آليات.") == ["Tadmur"]
    assert located("Russian jets struck the town of Saraqib on Monday. The raids killed 12 "
                   "civilians, activists said.") == ["Saraqib"]


def test_the_city_refers_back_to_the_last_named_city():
    text = "دخلت القوات مدينة زنجبار صباح الأحد. وقال سكان إن المدينة تعرضت لقصف عنيف."
    doc = annotate(text, published=PUBLISHED)
    ref = next(m for m in doc.places if m.text == "المدينة")
    assert ref.place.name == "Zinjibar" and doc.places[ref.refers_to].text == "زنجبار"


def test_the_town_in_english_refers_back_and_a_cue_before_a_name_does_not():
    doc = annotate("Clashes broke out in Tal Abyad on Monday. The town was shelled at night.",
                   published=PUBLISHED)
    assert [m.place.name for m in doc.places if m.refers_to is not None] == ["Tal Abyad"]
    doc = annotate("سيطرت القوات على مدينة حلب", published=PUBLISHED)
    assert all(m.refers_to is None for m in doc.places)


def test_the_governorate_refers_back_to_a_governorate_not_a_town():
    doc = annotate("تواصلت الاشتباكات في محافظة مأرب وفي مدينة صرواح. وتشهد المحافظة نزوحا.",
                   published=PUBLISHED)
    ref = next(m for m in doc.places if m.text == "المحافظة")
    assert ref.place.kind == "governorate" and ref.place.country == "YE"


def test_a_town_that_names_a_team_is_not_a_place():
    assert places("فاز فريق برشلونة على ضيفه بهدفين") == []
    assert places("تعاقد ميلان الإيطالي مع المهاجم") == []
    assert [p[1] for p in places("قصفت الطائرات مدينة حلب السورية")] == ["Aleppo"]
