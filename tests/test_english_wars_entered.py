""""Russia entered the conflict in September 2015", "Hezbollah entered the war on the regime's
side": what was entered is a war or a conflict, and no force moved anywhere — a side joined the
war at large (triggers.yaml figurative_objects ``entries``/``joined``, the English twin of
«دخلت السعودية الحرب»). Troops that enter a town still move."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

PUB = date(2016, 6, 20)


_types = types_on(PUB)


def test_entering_the_conflict_is_no_movement():
    assert "movement" not in _types("Iran entered the conflict in 2012 to shore up its ally in "
                                    "Damascus.")


def test_entering_the_war_or_the_fray_is_no_movement():
    assert "movement" not in _types("Turkish special forces entered the war in August last year.")
    assert "movement" not in _types("Hezbollah fighters entered the fray in May 2013 on the side "
                                    "of the regime.")


def test_troops_entering_a_town_still_move():
    assert "movement" in _types("Government troops entered the town of Rastan on Sunday after "
                                "rebels withdrew.")
