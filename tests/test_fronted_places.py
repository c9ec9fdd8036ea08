"""A place fronted before its clause ("وفي مدينة X، قصف…") is where the clause's event happened,
even when an aside between commas says where X lies ("، الواقعة جنوب العاصمة Y،", "، غرب Y،"):
Y is only a reference point. A place named by nearness ("قرب X") is no reference point: the
event happened there. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

places = places_on(date(2018, 3, 14), "ar")


def test_a_locating_aside_does_not_move_the_event_to_the_capital():
    assert places("وفي مدينة الحديدة، الواقعة إلى الغرب من العاصمة صنعاء، قصف الحوثيون "
                  "حي الربصة أمس.") == ["Hodeidah"]


def test_a_governorate_fronted_before_its_direction_aside_is_the_place():
    assert places("أما في محافظة أبين، شرق عدن، فقد شنت طائرات التحالف ثلاث غارات على رتل "
                  "للمسلحين.") == ["Abyan Governorate"]


def test_a_fronted_place_alone_places_the_clause():
    assert places("وفي مدينة الحديدة، قصف الحوثيون حي الربصة أمس.") == ["Hodeidah"]
