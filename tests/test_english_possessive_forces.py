"""An owner's possessive before a force noun names the owner's forces, as the nationality
adjective does: "Russia's warplanes" are the Russian air force, "Turkey's army" the Turkish
army, "President Assad's air force" the Syrian one, "Erdogan's troops" Turkish
(en/actors.yaml ``possessors``). The wires often print the possessive with its apostrophe
lost ("Russias military", "Assads air force"), so that form counts too. "Air" lifts "force" to
a head ("the Turkish air force"); "force" alone is none ("a Turkish-backed force" is not the
Turkish army)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 1)  # a Tuesday


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_a_countrys_warplanes_are_its_air_force():
    assert _roles("Russia's warplanes bombed the town of Douma on Monday, killing seven "
                  "people.") == [{"Russian Aerospace Forces": "actor1"}]


def test_the_possessive_with_its_apostrophe_lost():
    assert _roles("Russias warplanes bombed the town of Douma on Monday, killing seven "
                  "people.") == [{"Russian Aerospace Forces": "actor1"}]


def test_a_countrys_army_is_its_army():
    assert _roles("Turkey's army shelled the village of Jinderes on Monday, wounding four "
                  "civilians.") == [{"Turkish Armed Forces": "actor1"}]


def test_a_presidents_air_force_is_his_countrys():
    assert _roles("President Bashar al-Assad's air force struck a bakery in Maarat al-Numan on "
                  "Monday, killing nine people.") == [{"Syrian Air Force": "actor1"}]


def test_a_presidents_air_force_with_the_apostrophe_lost():
    assert _roles("Assads air force struck a bakery in Maarat al-Numan on Monday, killing nine "
                  "people.") == [{"Syrian Air Force": "actor1"}]


def test_a_leaders_troops_are_his_countrys_army():
    assert _roles("Erdogan's troops shelled the village of Jinderes on Monday, wounding four "
                  "civilians.") == [{"Turkish Armed Forces": "actor1"}]


def test_a_nationality_before_air_force():
    assert _roles("The Turkish air force bombed the village of Jinderes on Monday, killing three "
                  "people.") == [{"Turkish Armed Forces": "actor1"}]


def test_a_force_backed_by_a_country_is_not_its_army():  # guard
    assert "Turkish Armed Forces" not in str(_roles(
        "A Turkish-backed force captured the town of Dabiq on Monday after clashes with Islamic "
        "State, killing ten militants."))


def test_the_owner_alone_is_no_force():  # guard: a possessive before no force noun
    assert _roles("Russia's support let jihadists attack the town of Douma on Monday, killing "
                  "seven people.") == [{"Militants (unspecified)": "actor1"}]
