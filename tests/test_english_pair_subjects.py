"""A state named first of a pair of subjects of an active verb ("Turkey and the US-led coalition
have carried out strikes", "Russia and the Syrian army have bombed rebel areas") acts, as it
does alone: nothing happens there (`place_actors._pair_subject`). After a preposition the pair
is where something happened ("clashes in Damascus and Aleppo have killed 20")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 10, 11)


def names(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=PUB, language="en")]


def test_a_state_and_a_force_that_struck_are_no_place():
    got = names("Russia and the Syrian army have bombed rebel districts of Aleppo for a week, "
                "killing 50 people.")
    assert "Russia" not in got and "Aleppo" in got


def test_a_state_and_a_coalition_that_struck_are_no_place():
    got = names("Turkey and the US-led coalition have carried out strikes on Islamic State "
                "fighters in the area in recent months.")
    assert "Turkey" not in got


def test_two_towns_after_in_stay_places():
    got = names("Clashes in Homs and Hama have killed 20 fighters since Monday.")
    assert set(got) & {"Homs", "Hama"}


def test_states_that_call_for_sanctions_are_no_place():
    got = names("Helicopters dropped barrels of chlorine on a village near Idlib on Monday as "
                "Germany and Britain called for sanctions, killing three people.")
    assert "Germany" not in got


def test_a_state_prompted_to_act_is_no_place():
    got = names("The gas attack on the town prompted Paris to launch its first air strikes on "
                "the army near Hama on Friday, killing six soldiers.")
    assert "Paris" not in got
