"""Actors are found first, longest match wins, with clitics; their tokens are kept from places;
forces named by a possessive ("طائراتها") belong to the side named before them."""
from __future__ import annotations

from datetime import date

from events.extract.actor_registry import allied, registry
from events.extract.actors import find_actors
from events.extract.doc import Doc
from events.extract.pipeline import annotate, extract, find_place_mentions
from events.extract.sentences import split_sentences


def actors(text: str) -> list[tuple[str, str]]:
    doc = Doc(text)
    split_sentences(doc)
    find_actors(doc)
    return [(a.text, a.name) for a in doc.actors]


def test_longest_match_wins():
    assert actors("أعلنت وزارة الدفاع الروسية") == [("وزارة الدفاع الروسية", "Russian Ministry of Defence")]
    assert actors("قال وزير الخارجية الروسي سيرغي لافروف") == [
        ("وزير الخارجية الروسي سيرغي لافروف", "Sergey Lavrov")]
    assert actors("القوات الجوية الفضائية الروسية") == [
        ("القوات الجوية الفضائية الروسية", "Russian Aerospace Forces")]


def test_clitics_on_the_first_word_are_outside_the_span():
    assert actors("والطيران الروسي") == [("الطيران الروسي", "Russian Aerospace Forces")]
    assert actors("بالتنسيق مع التحالف الدولي") == [("التحالف الدولي", "US-led coalition")]
    assert actors("وقسد") == [("قسد", "Syrian Democratic Forces")]


def test_spelling_variants_are_normalised():
    assert actors("تنظيم «داعش» الإرهابي")[0][1] == "Islamic State"
    assert actors("الدولة الاسلامية")[0][1] == "Islamic State"
    assert actors("قوات سورية الديمقراطية")[0][1] == "Syrian Democratic Forces"


def test_sdf_is_an_actor_not_the_place_syria():
    text = "مطوقون من قبل «قوات سوريا الديمقراطية» في سوريا"
    assert actors(text)[0][1] == "Syrian Democratic Forces"
    places = find_place_mentions(text)
    assert [p.text for p in places] == ["سوريا"]
    assert places[0].start > text.index("في")


def test_coordinated_special_forces_are_one_actor():
    found = actors("وقوات أمريكية وفرنسية وبريطانية خاصة")
    assert found == [("قوات أمريكية وفرنسية وبريطانية خاصة", "US/French/British special forces")]


def test_force_noun_with_a_nationality_names_that_country_forces():
    assert actors("رتل عسكري تركي")[0][1] == "Turkish Armed Forces"
    assert actors("طائرات حربية روسية")[0][1] == "Russian Aerospace Forces"
    assert actors("سفن حربية روسية")[0][1] == "Russian forces"


def test_an_event_word_head_stays_outside_the_actor():
    doc = annotate("قتل عشرات في غارات روسية")
    assert [a.text for a in doc.actors] == ["روسية"]
    assert "غارات" in [t.text for t in doc.triggers]


def test_types_and_sides():
    reg = registry()
    assert reg.by_id["sohr"].type == "monitor"
    assert reg.by_id["sana"].type == "media"
    assert reg.by_id["ru_vks"].mode == "air"
    assert allied("russia", "syria_gov") and allied("sdf", "coalition")
    assert not allied("isis", "sdf") and not allied(None, "isis")


def test_actor_tokens_are_passed_to_places_as_skip():
    doc = annotate("أعلنت قوات سوريا الديمقراطية السيطرة على الرقة")
    assert doc.actor_tokens == {1, 2, 3}
    assert [p.place.name for p in doc.places] == ["Raqqa"]


def test_ambiguous_everyday_words_are_not_actors():
    assert actors("أبدى اللاعبون حماسا كبيرا في القاعدة الجوية") == []


def test_us_marines_are_us_forces():
    # (gunmen with no name are ACLED's unidentified armed group)
    assert actors("هاجم مسلحون دورية لمشاة البحرية الأمريكية") == [
        ("مسلحون", "Unidentified armed group"), ("مشاة البحرية الأمريكية", "US forces")]


# --- forces named by a possessive: the side named last before them owns them
def test_a_ministrys_own_aircraft_are_its_countrys_air_force():
    (e,) = extract("أعلنت وزارة الدفاع الروسية أن طائراتها قتلت 45 مسلحا قرب مدينة القريتين.",
                   published=date(2016, 3, 1))
    assert e.event_type == "airstrike"
    assert [(a.role, a.name) for a in e.actors] == [("actor1", "Russian Aerospace Forces")]


def test_an_armys_own_jets_make_its_strike_an_airstrike():
    (e,) = extract("قال الجيش التركي إن مقاتلاته قصفت مخابئ لحزب العمال الكردستاني في محافظة دهوك أمس.",
                   published=date(2016, 3, 1))
    assert e.event_type == "airstrike"
    assert {a.role: a.name for a in e.actors}["actor1"] == "Turkish Armed Forces"


def test_a_possessive_force_with_no_owner_before_it_is_no_actor():
    assert [a.name for a in annotate("وقصفت طائراتها مواقع في المنطقة.").actors] == []


def resolved(text: str) -> list[str]:
    doc = annotate(text, published=date(2017, 6, 2), language="ar")
    return [a.name for a in doc.actors]


def test_the_organisation_is_an_armed_group_only_after_one_is_named():
    # a festival's "organising and supervision" is no Islamic State
    assert resolved("وأكد رئيس البلدية دعم المهرجان في التنظيم والإشراف هذا العام.") == []
    assert resolved("هاجم مسلحو داعش بلدة الشدادي، وقال التنظيم إنه قتل 12 جنديا.") == [
        "Islamic State", "Islamic State"]
    # named as terrorists or as fighters, it is the Islamic State even on its own
    assert resolved("قتل 5 من عناصر التنظيم في غارة على الرقة.") == ["Islamic State"]


def test_a_contextual_name_with_nothing_to_become_is_a_lexicon_error(tmp_path, monkeypatch):
    import pytest

    from events import lexicon
    from events.extract import actor_registry as module
    copy = tmp_path / "lexicon"
    for p in lexicon.LEXICON_DIR.glob("**/*.yaml"):
        (copy / p.relative_to(lexicon.LEXICON_DIR)).parent.mkdir(parents=True, exist_ok=True)
        (copy / p.relative_to(lexicon.LEXICON_DIR)).write_text(p.read_text(encoding="utf-8"),
                                                               encoding="utf-8")
    ar = copy / "actors.yaml"
    ar.write_text(ar.read_text(encoding="utf-8").replace(
        "contextual:\n", "contextual:\n  - aliases: [الجماعة المجهولة]\n", 1), encoding="utf-8")
    caches = (lexicon.load, module.registry, module._all_actors)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", copy)
    for cached in caches:
        cached.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"contextual\[0\]: needs a default"):
            module.registry("ar")
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()



def test_a_capital_that_decides_is_not_where_the_event_was():
    # "سمحت أنقرة" (Ankara allowed): no strike in Ankara
    (e,) = extract("وسمحت أنقرة للطائرات الأمريكية بشن غارات على داعش.",
                   published=date(2017, 6, 2), article_id="t")
    assert (e.location, e.modality) == (None, "planned")


def test_a_capital_where_something_happened_stays_a_place():
    (e,) = extract("قتل 5 أشخاص في انفجار سيارة مفخخة في أنقرة أمس.",
                   published=date(2017, 6, 2), article_id="t")
    assert e.location.name == "Ankara"


def test_support_is_no_nusra_front():
    # "نصرة" without its ال is support ("لنصرة الأشقاء"); "النصرة", "للنصرة" are the group
    assert resolved("وصلت الحملة الوطنية لنصرة الأشقاء إلى المخيمات.") == []
    assert resolved("قصفت الطائرات مواقع للنصرة في إدلب.") == ["Hayat Tahrir al-Sham"]
