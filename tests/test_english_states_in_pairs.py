"""States named as a pair: the second of a pair whose first acts acts too ("a truce brokered by
the United States and Russia"), as one named alone does (`place_actors.acting`, via
`_listed_after`); militias "from Iraq and Lebanon" say where they come from (cues.yaml
``homeland``); "the Islamic State of Iraq and Greater Syria" is the group, no Iraq."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate

PUB = date(2016, 3, 10)


def uses(text: str) -> dict[str, str]:
    doc = annotate(text, published=PUB, language="en", upto="place_context")
    return {m.text: m.not_location for m in doc.places}


def test_both_brokers_of_a_truce_act():
    got = uses("A truce brokered by the United States and Russia in February has collapsed.")
    assert got.get("Russia") == "actor" and got.get("United States") == "actor"


def test_militias_from_two_countries_name_their_homeland():
    got = uses("The army is backed by Shiite militias from Iraq and Lebanon near Aleppo.")
    assert got.get("Iraq") and got.get("Lebanon")
    assert got.get("Aleppo") == ""


def test_the_groups_long_name_names_no_country():
    got = uses("The army fought the group known as the Islamic State of Iraq and Greater Syria "
               "near Palmyra.")
    assert "Iraq" not in got


def test_a_pair_after_in_is_where_it_happened():
    got = uses("Russian jets struck targets in Syria and Iraq on Monday.")
    assert got.get("Iraq") == ""
