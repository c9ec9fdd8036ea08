"""An -ing clause after a clause with an object has the sentence's subject: "Government troops
shelled rebel positions near Rastan capturing two hills" — the troops took the hills and the
rebels lost them; word order had made the rebels, named between, the -ing verb's actor1
(en/roles.yaml ``adverbial_participles``; `role_subjects.participle_subject`), and so does an
-ing clause with no side before it ("shelled the village after seizing a hill from Kurdish
fighters"). A side right before the -ing form is its own subject, a new subject named between
stands, and an -ing form after "and" is a noun ("by airstrikes and shelling since …")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 25)  # a Wednesday


def _taken(text: str) -> dict[str, str]:
    got = [e for e in extract(text, published=DAY, language="en") if e.event_type == "territory_change"]
    assert len(got) == 1
    return roles(got[0])


@pytest.mark.parametrize("text", [
    "Government troops shelled rebel positions near the town of Rastan on Monday capturing two "
    "hills overlooking the highway.",
    "Government troops shelled rebel positions near the town of Rastan on Monday, capturing two "
    "hills overlooking the highway.",
])
def test_the_shelling_side_took_the_hills(text):
    got = _taken(text)
    assert got.get("Syrian Arab Army") == "actor1"
    assert got.get("Rebels (unspecified)") == "actor2"


def test_a_sentence_opened_by_its_side():
    got = _taken("Army units pressed on with their operations around the town of Rastan on Monday "
                 "clearing mines laid by the militants and establishing control over three farms.")
    assert got.get("Syrian Arab Army") == "actor1"


def test_a_new_subject_between_stands():  # guard
    # (the May expulsion is a taking of its own since "drove … out of" is read split,
    # tests/test_english_split_expulsions.py)
    got = {str(e.date_start): roles(e) for e in extract(
        "The Islamic State drove government forces out of the town of Tabqa in May but the Syrian "
        "army came back on Monday recapturing the town.", published=DAY, language="en")
        if e.event_type == "territory_change"}
    assert got["2016-05-23"].get("Syrian Arab Army") == "actor1"
    assert got["2016-05-01"] == {"Islamic State": "actor1", "Syrian Arab Army": "actor2"}


def test_a_clause_with_no_side_before_its_verb():
    got = _taken("Islamic State militants shelled the village of Mansoura on Monday after seizing "
                 "a nearby hill from Kurdish fighters.")
    assert got == {"Islamic State": "actor1", "Kurdish forces": "actor2"}


def test_an_ing_noun_after_and_keeps_its_side():  # guard
    got = [e for e in extract("Twelve civilians were killed in the town of Rastan by airstrikes and "
                              "shelling since the army and Russian jets began an offensive on "
                              "Monday.", published=DAY, language="en") if e.event_type == "shelling"]
    assert [roles(e).get("Syrian Arab Army") for e in got] == ["actor1"]
