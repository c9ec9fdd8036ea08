"""Two ways English news says something that is no event of the day and no figure:

* a violent verb in the progressive after a relative pronoun ("the rebels, who have been
  fighting the army for three years, hold the town") says who a party is — a standing state,
  no clash of the day — unless the clause dates it ("who were fighting there on Monday");
  a since-date in it ("since 2012") dates the state, not an event (en/triggers.yaml
  ``relative_states``);
* digits hyphened to letters ("Mi-8", "T-72", "Su-24") name a model of aircraft or tank, never
  a count of them (`numbers._designation`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def kinds(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=DAY, language="en")]


def claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.low) for e in extract(text, published=DAY, language="en")
            for c in e.claims]


def test_a_progressive_after_who_describes_the_fighters():
    got = kinds("Army tanks shelled the village of Kafr Zita on Monday, wounding four people. "
                "The rebels, who have been fighting government forces for two years, still "
                "hold most of Hama province.")
    assert got == ["shelling"]


def test_a_progressive_after_who_with_since_describes_the_group():
    got = kinds("A car bomb exploded outside a bakery in Azaz on Monday, killing six people. "
                "Kurdish fighters, who have been fighting the Islamic State in Hasakah since "
                "2014, blamed the jihadists.")
    assert got == ["attack"]


def test_a_progressive_after_that_and_still_describes_the_rebels():
    got = kinds("Mortar shells hit Jobar on Monday, killing two people. Rebels that are still "
                "fighting the army in Daraa made no comment.")
    assert got == ["shelling"]


def test_a_dated_progressive_after_who_is_the_news():  # twin: as before
    got = kinds("The rebels who were fighting the army in Douma on Monday lost ten men.")
    assert got == ["clash"]


def test_a_helicopter_model_is_no_count_of_helicopters():
    got = claims("Rebels shot down a Syrian Mi-8 helicopter near Hama on Monday, killing "
                 "its three crew members.")
    assert ("aircraft_destroyed", 8) not in got


def test_a_tank_model_is_no_count_of_tanks():
    got = claims("Militants destroyed a T-72 tank in an attack near Tadmur on Monday.")
    assert not any(c == "tanks_destroyed" and n == 72 for c, n in got)
