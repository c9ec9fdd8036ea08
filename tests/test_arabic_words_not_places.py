"""Everyday words that a gazetteer also lists as places: a cue word of kind makes them places
only within their phrase — never across a stop ("… للمعسكر. وأشار إلى" is no place called
Āshār) — and "النيل من" (to harm), "القصّر" (minors) name no Nile and no El Kseur."""
from datetime import date

from events.extract.pipeline import annotate

DAY = date(2015, 8, 10)


def _places(text: str) -> list[str]:
    return [m.place.name for m in annotate(text, published=DAY).places if m.place]


def test_a_cue_word_before_a_stop_gives_the_next_sentence_no_place():
    text = ("وقتل عشرة مسلحين في انفجار داخل الساحة الخارجية للمعسكر. وأشار إلى أن عناصر "
            "التنظيم أغلقوا منافذ المدينة.")
    assert "Āshār" not in _places(text)


def test_to_harm_a_country_names_no_river():
    text = "وقال إن منفذي التفجير الانتحاري يحاولون النيل من المملكة وأمنها."
    assert "Nile" not in _places(text)


def test_the_nile_after_its_place_word_is_the_river():
    """Guard: «نهر النيل» keeps its cue."""
    assert "Nile" in _places("وغرق قارب يقل مهاجرين في نهر النيل أمس.")


def test_minors_are_no_algerian_town():
    text = "وقتل مسلحون امرأة وأبناءها القصّر في هجوم على منزلهم شمال البلاد."
    assert "El Kseur" not in _places(text)


def test_a_cue_word_right_before_its_name_still_places_it():
    """Guard: «مدينة الباب» — the cue in its phrase."""
    assert "Al-Bab" in _places("وقصفت الطائرات مواقع التنظيم في مدينة الباب أمس.")
