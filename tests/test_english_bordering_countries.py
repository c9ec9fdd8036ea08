""""Clashes in an eastern province bordering Iraq", "the border town of Tel Abyad, which borders
Turkey": a country right after a verb of bordering (cues.yaml context ``border_verbs``:
bordering, borders, adjoining …) is across the border from the place told — no place of the
event, as "the border with Turkey" is not. The province or town itself still places it."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 3, 10)


def _places(text):
    return {e.location.name for e in extract(text, published=PUB, language="en") if e.location}


def test_a_country_after_bordering_is_no_place_of_the_clash():
    assert "Iraq" not in _places("At least 40 fighters were killed on Monday in clashes between "
                                 "rival jihadist groups in an eastern province bordering Iraq.")


def test_the_named_province_that_borders_a_country_places_the_event():
    places = _places("Air strikes killed 12 people in Deir ez-Zor province, which borders Iraq, "
                     "on Monday.")
    assert "Iraq" not in places and places


def test_a_country_after_adjoining_is_no_place():
    assert "Turkey" not in _places("Rebels shelled Kurdish fighters near the Syrian town of Azaz "
                                   "adjoining Turkey on Monday.")


def test_a_country_after_borders_is_no_place():
    assert "Iraq" not in _places("Fierce clashes erupted on Monday in the desert province that "
                                 "borders Iraq, killing 20 fighters.")


def test_a_town_across_the_border_is_still_placed():
    assert "Kilis" in _places("Rockets fired from Syria hit the Turkish town of Kilis on Monday, "
                              "wounding four people.")
