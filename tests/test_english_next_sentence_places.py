"""Where a strike hit, told in the sentence after it. Wire stories name what was hit in one
sentence ("an air strike on a clinic in northern Syria") and where it lies in the next ("The
clinic is in the village of X"). A strike placed only in a country takes the most precise
place of the next sentence of its paragraph when that sentence opens by referring back to it:
"the/these" and a lower-case word of the strike's sentence, or an event word (roles.yaml
``back_reference``). A next sentence about something else, a place in another country, or a
strike that already has its town leave the strike as it was."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

DAY = date(2016, 11, 8)  # a Tuesday
places = places_on(DAY)


def test_the_target_named_again_tells_where_it_lies():
    got = places("An air strike on a clinic in northern Syria killed four nurses on Monday, "
                 "medics said. The clinic in the town of Saraqib served thousands of people.")
    assert got == ["Saraqib"]


def test_these_victims_named_again_tell_where_they_were_hit():
    got = places("Seven farmers were killed in air strikes in Syria on Monday. These farmers "
                 "were hit in their fields near the town of Maarrat al-Nu'man.")
    assert got == ["Maarat al-Numan"]


def test_the_event_named_again_tells_where_it_took_place():
    got = places("A car bomb killed nine people in Syria on Monday. The blast took place at a "
                 "checkpoint in Azaz.")
    assert got and all(p == "Azaz" for p in got)


def test_a_next_sentence_about_something_else_adds_no_place():
    got = places("An air strike on a clinic in northern Syria killed four nurses on Monday. "
                 "The Observatory, which is based in Coventry, gave the toll.")
    assert got == ["Syria"]


def test_a_place_in_another_country_is_not_taken():
    got = places("An air strike on a clinic in northern Syria killed four nurses on Monday. "
                 "The clinic was funded by donors in Gaziantep in Turkey.")
    assert got == ["Syria"]


def test_a_strike_with_its_own_town_keeps_it():
    got = places("An air strike on a clinic in Saraqib killed four nurses on Monday. The clinic "
                 "had moved there from Ariha in the spring.")
    assert got == ["Saraqib"]


def test_a_new_paragraph_is_no_follow_up():
    got = places("An air strike on a clinic in northern Syria killed four nurses on Monday.\n"
                 "The clinic in the town of Saraqib had reopened in May.")
    assert got == ["Syria"]
