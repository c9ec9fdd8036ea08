"""In English the side right after an active verb is its object — after its -ing form too when
that form is a verb: after an auxiliary ("jets were bombing rebels"), a verb of beginning or
going on ("began shelling IS"), or a preposition ("in fighting Daesh") (en/roles.yaml
``progressive_openers``). A noun of violence is no verb: "the latest shelling rebels fired"
leaves the rebels the subject of the verb after it."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 10, 11)  # a Tuesday


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_planes_were_bombing_rebels_hits_the_rebels():
    assert _roles("Unknown planes were bombing rebels near Kafr Nabl on Monday.") == [
        {"Rebels (unspecified)": "actor2"}]


def test_began_shelling_a_side_hits_that_side():
    assert _roles("On Monday the artillery began shelling Islamic State fighters near "
                  "Palmyra.") == [{"Islamic State": "actor2"}]


def test_a_noun_of_violence_before_a_side_is_no_verb():  # guard: as before
    got = _roles("In revenge for the latest shelling rebels fired rockets on Jaramana on "
                 "Monday, killing two women.")
    assert got and all(r.get("Rebels (unspecified)") == "actor1" for r in got)


def test_a_side_before_the_ing_form_still_strikes():  # guard: as before
    assert _roles("Russian jets were bombing rebels near Kafr Nabl on Monday.") == [
        {"Russian Aerospace Forces": "actor1", "Rebels (unspecified)": "actor2"}]
