"""A country right after a border word of its own ("بلدة تركية على حدود سوريا", "اشتباك على
حدود سوريا") is whose border it is, not where anything happened; inside its borders ("داخل
حدود سوريا") it is; a country one has relations with ("توتر العلاقات مع باكستان") is a
party, not a place. Gunfire told with the shooter between the verb and the fire ("فتح مسلح
النار داخل سينما", "أطلق عليه مسلحون النار") is a shooting like "أطلق مسلحون النار على".
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 6)


def events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(text, published=PUB, language="ar")]


def test_a_clash_on_a_countrys_border_is_not_inside_it():
    assert events("وقتل خمسة جنود أتراك أمس في اشتباك مع مسلحين على حدود سوريا.") == [
        ("clash", None)]


def test_a_town_on_a_neighbours_border_is_not_in_the_neighbour():
    assert events("قتل 12 شخصا أمس بانفجار في بلدة أردنية على حدود العراق.") == [
        ("attack", None)]


def test_relations_with_a_country_name_a_party_not_a_place():
    assert events("وقتل خمسة مدنيين أمس في تفجير انتحاري، وهو ما زاد من توتر العلاقات مع "
                  "باكستان.") == [("attack", None)]


def test_strikes_inside_a_countrys_borders_are_in_it():
    # guard
    assert events("وشنت الطائرات الأمريكية أمس غارات جوية داخل حدود سوريا.") == [
        ("airstrike", "Syria")]


def test_a_gunman_who_opened_fire_in_a_town_attacked_there():
    assert events("فتح مسلح النار أمس داخل مقهى في مدينة الرمادي فقتل شخصين.") == [
        ("attack", "Ramadi")]


def test_gunmen_who_fired_at_a_checkpoint_with_the_time_between_clashed():
    assert events("وأطلق مجهولون النار مساء أمس على حاجز للجيش في مدينة العريش.") == [
        ("clash", "Arish")]


def test_a_man_fired_upon_by_gunmen_was_attacked():
    assert events("وأطلق عليه مسلحون النار أمس في مدينة درنة فأردوه قتيلا.") == [
        ("attack", "Derna")]


def test_prisoners_set_free_and_a_ceasefire_are_no_shooting():
    # guard
    assert events("وأطلقت السلطات سراح خمسة معتقلين في مدينة درنة، بعد وقف إطلاق النار في "
                  "المدينة.") == []
