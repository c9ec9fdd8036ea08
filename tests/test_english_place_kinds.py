"""The kind English says around a name: where Arabic writes its cue word right before the name
(«محافظة إدلب»), English writes "the province of Idlib", "the northwestern province of Idlib",
"Idlib province" or "the town of Saraqib". The province is the governorate, not its capital,
so a town named in the same sentence is the more precise place of the event. A kind word
after a name of its own ("the Zahraa district of Homs") keeps the city, and "the city of Homs"
is the city."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2018, 5, 8)  # a Tuesday


def located(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location.name, e.location.kind) if e.location else (None, None)
            for e in extract(text, published=DAY, language="en")]


def test_a_province_written_after_its_name_is_the_governorate():
    [(_, kind)] = located("Rockets fired by rebels hit Idlib province on Monday, killing three "
                          "people.")
    assert kind == "governorate"


def test_the_province_of_a_name_is_the_governorate_with_or_without_an_adjective():
    [(_, kind)] = located("Rockets fired by rebels hit the province of Hama on Monday.")
    assert kind == "governorate"
    [(_, kind)] = located("Rockets fired by rebels hit the central province of Hama on Monday.")
    assert kind == "governorate"


def test_a_town_in_the_same_sentence_is_where_the_battle_was():
    assert located("Troops and rebels fought on Monday in the southern province of Idlib for "
                   "the town of Saraqib.") == [("Saraqib", "populated_place")]


def test_a_named_quarter_of_a_city_keeps_the_city():
    [(name, kind)] = located("A car bomb killed four people in the Zahraa district of Homs on "
                             "Monday.")
    assert (name, kind) == ("Homs", "populated_place")


def test_the_city_of_a_name_is_the_city():
    [(name, kind)] = located("A car bomb killed four people in the city of Homs on Monday.")
    assert (name, kind) == ("Homs", "populated_place")


def test_a_place_word_after_a_name_the_gazetteer_holds_with_it_is_that_place():
    [(name, _)] = located("A car bomb killed four people in Homs city on Monday.")
    assert name == "Homs"


def test_a_city_south_of_which_a_village_lies_is_no_second_event():
    assert located("A civilian was killed on Monday in regime bombing on the town of Kafr Zita "
                   "in Hama and a farm south of Homs.") == [("Kafr Zita", "populated_place")]


def test_the_city_a_direction_points_from_is_no_place_of_its_own():
    assert [n for n, _ in located("Air strikes on Douma, a town east of Damascus, killed six "
                                  "civilians on Monday.")] == ["Douma"]


def test_a_direction_right_before_a_country_is_a_part_of_it():
    assert [n for n, _ in located("Kurdish forces killed 16 fighters on Monday in northeast "
                                  "Syria near the border with Turkey.")] == ["Syria"]
