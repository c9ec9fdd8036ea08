"""Which English mentions are one event: a title re-tells the lead in its own words (generic
"attack", the wider city, repeated at the head of the body after a date), a toll told before
its cause belongs to that cause, and a vow about what comes next does not turn fighting that
happened into a plan."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract


def kinds(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.date_start) for e in extract(text, published=published)]


def test_a_titles_generic_attack_is_the_bodys_shelling():
    text = ("Five hurt in rebel attack on Homs district\n\n"
            "Rebels fired mortar shells at the Akrama district of Homs on Monday, "
            "wounding five people.")
    assert kinds(text, date(2016, 5, 3)) == [("shelling", "2016-05-02")]


def test_a_title_repeated_after_the_date_at_the_head_of_the_body_is_still_the_title():
    text = ("Militant attack wounds five in Homs\n\n"
            "3 May 2016 Militant attack wounds five in Homs Militants fired mortar shells at the "
            "Akrama district of Homs on Monday wounding five people.")
    assert kinds(text, date(2016, 5, 3)) == [("shelling", "2016-05-02")]


def test_a_title_may_name_the_city_of_the_bodys_village():
    text = ("Two killed in air strikes on Homs\n\n"
            "Warplanes struck the town of Rastan in Homs province on Friday, killing two people.")
    (e,) = extract(text, published=date(2016, 6, 18))
    assert e.event_type == "airstrike" and e.location.name == "Rastan"


def test_a_titles_other_wording_adds_no_event_when_the_body_tells_it():
    text = ("Army breaks the siege of a power plant\n\n"
            "Government troops repelled an attack by militants on army posts near the town of "
            "Salamiyah on Saturday.")
    assert [e.event_type for e in extract(text, published=date(2016, 5, 22))] == ["clash"]


def test_a_one_sentence_lead_paragraph_is_no_title():
    text = ("Government troops and their allies moved on Saturday from the city of Homs towards "
            "the town of Palmyra to join the forces that retook the citadel from the militants "
            "earlier this week, a military source said.\n\n"
            "Warplanes struck militant positions near Palmyra on Sunday.")
    assert "movement" in [e.event_type for e in extract(text, published=date(2016, 3, 28))]


def test_a_toll_told_before_its_cause_belongs_to_that_cause():
    text = ("Shelling killed two people in the Old City of Damascus on Sunday. "
            "Four people were wounded on Saturday when mortar rounds hit a square in Homs.")
    found = sorted((e.event_type, e.date_start, [(c.category, c.low) for c in e.claims])
                   for e in extract(text, published=date(2017, 10, 16)))
    assert found == [("shelling", "2017-10-14", [("injured", 4)]),
                     ("shelling", "2017-10-15", [("killed", 2)])]


def test_a_vow_after_the_fighting_does_not_make_it_a_plan():
    text = ("Kurdish fighters battled militants in the streets of Kobani on Tuesday. "
            "Their commander said they will fight to the last man.")
    (e,) = [e for e in extract(text, published=date(2014, 10, 8)) if e.event_type == "clash"]
    assert e.modality == "actual" and e.date_start == "2014-10-07"


def test_a_clause_with_no_place_acts_where_the_clause_beside_it_does():
    text = "The army launched an offensive in early March and encircled the town of Palmyra."
    launch = next(e for e in extract(text, published=date(2016, 3, 20))
                  if e.event_type == "operation_launch")
    assert launch.location.name == "Tadmur" and launch.date_start == "2016-03-01"



def test_who_declares_a_statement_is_its_actor():
    text = "Rebels shelled the city on Sunday. The army declared an end to the truce on Monday evening."
    (e,) = [e for e in extract(text, published=date(2016, 9, 20)) if e.event_type == "statement"]
    assert [a.role for a in e.actors] == ["actor1"] and e.date_start == "2016-09-19"


def test_those_villages_are_the_villages_just_named():
    text = ("Militants attacked the rebel-held villages of Akhtarin and Dabiq on Friday. "
            "The monitor said on Saturday that the militants had captured those villages.")
    (e,) = [e for e in extract(text, published=date(2016, 10, 9))
            if e.event_type == "territory_change"]
    assert e.location is not None and e.location.name in {"Akhtarīn", "Dabiq"}  # either one


def test_a_title_may_name_the_sides_otherwise():
    text = ("Regime repels militant assault near Hama killing 30\n\n"
            "Russian jets and government troops repelled an attack by militants on army posts "
            "north of Hama on Tuesday, killing 30 of the attackers, a military source said.")
    assert [e.event_type for e in extract(text, published=date(2016, 9, 21))] == ["clash"]


def test_a_separate_incident_is_another_event_with_its_own_toll():
    text = ("Three people were killed when a car bomb exploded in the city of Azaz on Monday. "
            "In a separate incident, two people were killed by a roadside bomb near the town.")
    tolls = sorted([c.low for c in e.claims] for e in extract(text, published=date(2016, 5, 3)))
    assert tolls == [[2], [3]]
