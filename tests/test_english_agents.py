"""A country or capital after "by" is who acted, not where: "a truce brokered by Moscow and
Washington", "a regime supported by Russia in its air strikes", "fighters backed by Turkey"
(cues.yaml context ``actor_before``; both names of a pair after one "by"; "by the United States"
as "by Turkey"); so is one before a present-tense verb of stance ("a militia Turkey sees as a
threat", "which Ankara considers terrorists"). The same name after a preposition of place is
still the place."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

DAY = date(2016, 9, 20)  # a Tuesday

places = places_on(DAY)


def test_the_brokers_of_a_truce_are_no_place():
    got = places("A ceasefire brokered by Moscow and Washington in March was broken on Monday "
                 "by air strikes.")
    assert "Moscow" not in got and "Washington" not in got


def test_who_supports_a_strike_is_no_place():
    got = places("The army, which has been supported by Russia in air strikes since last year, "
                 "began shelling rebel positions on Monday.")
    assert got == [None]


def test_a_country_after_a_preposition_of_place_is_still_the_place():
    assert places("Two soldiers were killed by a roadside bomb in Turkey on Monday.") == ["Turkey"]


def test_an_article_between_by_and_the_name_changes_nothing():
    got = places("Kurdish fighters backed by the United States seized two villages near the "
                 "town of Tabqa on Monday.")
    assert "United States" not in got


def test_a_country_after_in_the_is_still_the_place():
    assert places("A car bomb killed two people in the United States on Monday.") == [
        "United States"]


def test_a_capital_before_an_auxiliary_of_an_active_verb_acts():
    got = places("Rebels said the gas attack on Monday killed 40 people, an attack Washington has "
                 "blamed on government forces.")
    assert "Washington" not in got


def test_a_capital_that_has_been_struck_is_still_the_place():
    assert places("Damascus has been hit by rebel rockets on Monday, killing three people.") == [
        "Damascus"]
    assert places("Damascus has come under rocket fire on Monday, killing three people.") == [
        "Damascus"]


def test_a_capital_glued_to_backed_or_led_acts():
    got = places("Israeli jets struck a base of the Damascus-backed militia near Quneitra on "
                 "Monday, killing three fighters.")
    assert "Damascus" not in got


def test_a_state_holding_a_view_is_no_place():
    # a present-tense verb of stance after the name (cues.yaml context verbs_after)
    got = places("Rebels clashed with a Kurdish militia on Monday, killing four fighters. The "
                 "militia, which Ankara considers a terrorist group, holds the border.")
    assert "Ankara" not in got
    got = places("Two rebels were killed in the fighting on Monday. The offensive also hit a "
                 "Kurdish militia that Turkey sees as a threat.")
    assert "Turkey" not in got


def test_a_state_after_a_preposition_before_such_a_verb_is_still_the_place():
    assert places("Two rebels were killed in clashes in Turkey on Monday.") == ["Turkey"]
