"""A state's own name before a force noun names that state's forces, as the nationality
adjective does: "Assad regime warplanes" and "Syrian government air strikes" are the Syrian air
force, not the regime (or the government, which is no armed actor) with a plane beside it;
"Syrian army helicopters" are the air force too, "a Russian military helicopter" the Russian
one (en/actors.yaml ``state_names``). A head that is a verb as well ("strikes", "bombs") names
the fire only before an event word or a preposition ("Assad regime strikes kill …", "regime
strikes on …"); otherwise the state acts ("The Syrian army strikes …")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 1)  # a Tuesday


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_a_regimes_warplanes_are_its_air_force():
    assert _roles("Assad regime warplanes bombed a bakery in the town of Kafranbel on Monday, "
                  "killing eight people.") == [{"Syrian Air Force": "actor1"}]


def test_the_bare_regimes_warplanes():
    assert _roles("The regime warplanes bombed a bakery in the town of Kafranbel on Monday, "
                  "killing eight people.") == [{"Syrian Air Force": "actor1"}]


def test_a_governments_air_strikes_are_its_air_force():
    assert _roles("Syrian government air strikes killed eight people in the town of Kafranbel "
                  "on Monday.") == [{"Syrian Air Force": "actor1"}]


def test_a_governments_possessive_warplanes():
    assert _roles("The Syrian government's warplanes bombed a bakery in the town of Kafranbel on "
                  "Monday, killing eight people.") == [{"Syrian Air Force": "actor1"}]


def test_an_armys_helicopters_are_the_air_force():
    assert _roles("Syrian army helicopters dropped barrel bombs on the town of Kafranbel on "
                  "Monday, killing eight people.") == [{"Syrian Air Force": "actor1"}]


def test_a_military_helicopter_is_the_air_force():
    assert _roles("Rebels shot down a Russian military helicopter near the town of Kafranbel on "
                  "Monday, killing its crew of three.") == [
        {"Rebels (unspecified)": "actor1", "Russian Aerospace Forces": "actor2"}]


def test_strikes_before_a_verb_are_the_fire():
    assert _roles("Assad regime strikes kill eight people in Kafranbel") == [
        {"Syrian Air Force": "actor1"}]


def test_the_state_striking_is_the_state():  # guard: "strikes" is the army's verb
    assert _roles("The Syrian army strikes terrorist positions in Kafranbel, killing eight "
                  "terrorists") == [{"Syrian Arab Army": "actor1", "Militants (unspecified)": "actor2"}]


def test_the_state_with_no_force_noun_is_itself():  # guard
    assert _roles("The Assad regime has bombed the town of Kafranbel, killing eight "
                  "people.") == [{"Syrian Arab Army": "actor1"}]


def test_government_forces_stay_the_army():  # guard
    assert _roles("Syrian government forces shelled the town of Kafranbel on Monday, killing "
                  "eight people.") == [{"Syrian Arab Army": "actor1"}]


# The war's army named right before an air head ("the army air force", SANA's "the armys air
# force", "the army helicopters") is that army's air force: the Syrian army's in Syria.

def test_the_armys_air_force_is_the_air_force():
    assert _roles("The armys air force struck terrorist positions in the town of Kafranbel in "
                  "Idlib province on Monday, killing eight terrorists.") == [
        {"Syrian Air Force": "actor1", "Militants (unspecified)": "actor2"}]


def test_the_army_helicopters_are_the_air_force():
    assert _roles("The army helicopters struck terrorist positions in the town of Kafranbel in "
                  "Idlib province on Monday, killing eight terrorists.") == [
        {"Syrian Air Force": "actor1", "Militants (unspecified)": "actor2"}]


def test_the_army_strikes_stay_the_army():  # guard: an event word is any of its fire
    assert _roles("Eight terrorists were killed in the army strikes on the town of Kafranbel in "
                  "Idlib province on Monday.") == [
        {"Syrian Arab Army": "actor1", "Militants (unspecified)": "actor2"}]
