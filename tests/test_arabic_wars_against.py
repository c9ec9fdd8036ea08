"""A war named by the side it is against — "شركاء في الحرب على داعش", "دور أكبر في القتال ضد
التنظيم" — is the war, not fighting of the day: no clash is placed where the sentence happens
to be (a minister's visit to Erbil)."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _clashes(text: str) -> list[str]:
    return [e.location.name if e.location else "" for e in extract(text, published=DAY)
            if e.event_type == "clash"]


def test_partners_in_the_war_against_a_group_fight_no_battle_at_the_visit():
    text = ("ووصل وزير الدفاع إلى أربيل التي أصبحت قواتها من أقوى شركاء الولايات المتحدة في "
            "المعركة ضد داعش.")
    assert _clashes(text) == []


def test_a_partner_in_the_fight_against_a_group_fights_no_battle_in_its_capital():
    text = "ووصل الوزير إلى أنقرة التي أصبحت قواتها شريكا للولايات المتحدة في القتال ضد داعش."
    assert _clashes(text) == []


def test_battles_against_a_group_in_a_named_town_are_fighting():
    """Guard: a place told for it in its clause makes it the day's fighting."""
    text = "ودارت المعارك بين الجيش والتنظيم على أطراف بيجي أمس."
    assert _clashes(text) == ["Baiji"]


def test_fighting_against_a_group_in_a_town_named_before_it_is_there():
    """Guard: "تواجد في مدينة الفلوجة للإشراف على المعارك ضد التنظيم" — a word of being in
    places the fighting."""
    text = "وظهر القائد في مدينة الفلوجة للإشراف على المعارك ضد داعش أمس."
    assert _clashes(text) == ["Fallujah"]


def test_a_city_whose_name_opens_with_a_preposition_letter_is_no_word_of_being_in():
    """Guard: "إلى بغداد … في الحرب على داعش" — forces arriving to join the war fight no
    battle there (the ب of بغداد is the name's own, no word of being in)."""
    text = "ووصلت قوات إضافية إلى بغداد للمشاركة في الحرب على داعش."
    assert _clashes(text) == []
