"""Place names as the press writes them: a name whose first word has two letters ("تل", "أم")
keeps its proclitic ("وتل أبيض", "بأم قصر"); the Gulf press's spellings of Afghan provinces;
an alliance's name is no sea; and a place named to say where another lies ("شمال حلب") is
not among the places a strike hit. Every sentence is written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def hit(e: Event) -> list[str]:
    """Every place the event hit, its location first."""
    return [p.name for p in e.locations] or [e.location.name if e.location else ""]


def test_a_two_letter_first_word_after_and_is_still_a_place():
    [strike] = ev("وقصفت طائرات التحالف مواقع التنظيم في مدينة الرقة وتل أبيض أمس.")
    assert hit(strike) == ["Raqqa", "Tal Abyad"]


def test_a_two_letter_first_word_after_in_is_still_a_place():
    [strike] = ev("وقصفت مقاتلات التحالف مواقع لتنظيم داعش بتل رفعت أمس.")
    assert strike.location and strike.location.name == "Tal Rifaat"


def test_the_second_town_of_a_pair_after_a_dual_cue_is_hit_too():
    [strike] = ev("وقصفت طائرات النظام بلدتي مارع وتل رفعت أمس.")
    assert hit(strike) == ["Marea", "Tal Rifaat"]


def test_a_two_letter_word_alone_after_and_is_no_place():
    # "وتل" with no name after it: the and-clitic is not stripped from a bare short word
    assert all(e.location is None or e.location.name != "Tal Abyad"
               for e in ev("وقصفت طائرات التحالف مواقع التنظيم وتل المدينة أمس."))


def test_the_gulf_press_spelling_of_logar_is_the_province():
    [strike] = ev("وقتل ثمانية جنود أفغان في غارة أميركية على حاجز في ولاية لوغار أمس.")
    assert strike.location and strike.location.name == "Logar Province"


def test_ghazni_spelled_with_a_final_ya_is_the_province():
    [raid] = ev("وشنت القوات الأفغانية هجوما على مسلحي طالبان في ولاية غزني أمس.")
    assert raid.location and raid.location.name == "Ghazni Province"


def test_the_north_atlantic_alliance_written_with_its_article_is_no_ocean():
    [strike] = ev("وقتل أربعة مدنيين في غارة لطائرات حلف الشمال الأطلسي على قرية في ولاية "
                  "هلمند أمس.")
    assert strike.location and strike.location.name == "Helmand Province"
    assert "NATO" in {a.name for a in strike.actors}


def test_a_city_named_to_say_where_a_town_lies_was_not_hit():
    [strike] = ev("وقصفت طائرات النظام بلدة مارع شمال حلب أمس.")
    assert hit(strike) == ["Marea"]

